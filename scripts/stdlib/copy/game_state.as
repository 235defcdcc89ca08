# Undo history for a game: each turn saves a deep copy of the board and the players.
import copy

class Player:
    def __init__(self, name):
        print("new player", name)
        self.name = name
        self.inventory = []

    def __repr__(self):
        return f"Player({self.name!r}, {self.inventory})"

board = [["." for _ in range(3)] for _ in range(3)]
players = [Player("ann"), Player("ben")]
history = []
moves = [(0, 0, "X", "sword"), (1, 1, "O", "shield"), (2, 2, "X", "potion")]
for turn, (r, c, mark, item) in enumerate(moves):
    history.append(copy.deepcopy((board, players)))
    board[r][c] = mark
    players[turn % 2].inventory.append(item)
print("now:", ["".join(row) for row in board], players)
board, players = history[1]
print("undo to turn 1:", ["".join(row) for row in board], players)
print(type(players[0]).__name__, players[0] is not history[0][1][0], len(history))
