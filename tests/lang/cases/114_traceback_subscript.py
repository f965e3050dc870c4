# caret anchors under a failing subscript
data = {"users": [{"name": "ada"}]}
print(data["users"][0]["name"])
print(data["users"][1]["name"])
