print("topmod imported as", __name__)
def hello():
    return "hello from topmod"
