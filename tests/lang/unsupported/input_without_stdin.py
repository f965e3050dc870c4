# input() without a provided stdin explains that no input was given
name = input("name? ")
