# SyntaxError: closing parenthesis does not match
values = (1, 2]
