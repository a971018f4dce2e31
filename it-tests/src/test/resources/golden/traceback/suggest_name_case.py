# A case flip costs less than other edits: "Data" is closer to "data" than "date" is.
date = "today"
data = [1]
print(Data)
