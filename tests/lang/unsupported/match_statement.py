# the match statement is outside the supported subset
command = "go"
match command:
    case "go":
        print("going")
