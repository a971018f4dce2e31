config = {
    "name": "krait",
    "versions": [3.12, (1, 2), {"nested": [None, True, False]}],
    "empty": ({}, [], (), set()),
    "single": (1,),
    "matrix": [
        [1, 2, 3],
        [4, 5, 6],
    ],
}
print(config["versions"][2]["nested"][0])
