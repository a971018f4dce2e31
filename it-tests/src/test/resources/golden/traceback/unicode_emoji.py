# Emoji are wide too; a non-BMP character is one character of two columns.
labels = {"🍎": 1, "🍐": 2}
total = labels["🍎"] + labels["🍊"]
