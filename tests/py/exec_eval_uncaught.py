def run(src):
    return eval(src, {"base": 10})
print(run("base * 2"))
print(run("undefined_name + 1"))
