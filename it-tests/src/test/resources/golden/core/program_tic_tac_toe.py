# Tic-tac-toe with a minimax player (with memoisation) playing from several positions.

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
memo = {}


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in board:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] == ".":
                child = board[:i] + player + board[i + 1:]
                value, _ = minimax(child, "O" if player == "X" else "X")
                if best is None or (player == "X" and value > best[0]) or (player == "O" and value < best[0]):
                    best = (value, i)
        result = best
    memo[key] = result
    return result


def show(board):
    return "\n".join([" ".join(board[r * 3:r * 3 + 3]) for r in range(3)])


def play(board, player):
    print(show(board))
    while not winner(board) and "." in board:
        value, move = minimax(board, player)
        board = board[:move] + player + board[move + 1:]
        print(f"{player} plays {move} (expected outcome {value:+d})")
        player = "O" if player == "X" else "X"
    print(show(board))
    print("result:", winner(board) or "draw")
    print()


play("." * 9, "X")
play("X...O....", "X")
play("XX..O.O..", "X")
play("XO.XO....", "O")
print("positions evaluated:", len(memo))
print("X wins from the empty board with perfect play?", minimax("." * 9, "X")[0] == 1)
