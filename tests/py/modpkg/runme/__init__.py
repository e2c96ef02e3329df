print("runme package init:", __name__)
