print("tools package:", __name__, __package__)
