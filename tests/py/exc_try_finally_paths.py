# finally runs on every way out of the try.
log = []

def normal():
    try:
        log.append("body")
    finally:
        log.append("finally")
    log.append("after")

def ret():
    try:
        log.append("body")
        return "ret"
    finally:
        log.append("finally")

def exc():
    try:
        log.append("body")
        raise ValueError("boom")
    finally:
        log.append("finally")

def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
            log.append(i)
        finally:
            log.append("f%d" % i)
    return "done"

def loop_continue():
    i = 0
    while i < 3:
        i += 1
        try:
            if i == 2:
                continue
            log.append(i)
        finally:
            log.append("f%d" % i)
    return "done"

normal(); print(log); log.clear()
print(ret(), log); log.clear()
try:
    exc()
except ValueError as e:
    print("caught", e, log)
log.clear()
print(loop_break(), log); log.clear()
print(loop_continue(), log); log.clear()

def ret_value_kept():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(ret_value_kept())

def ret_expr_in_for():
    for i in range(3):
        try:
            return i * 10
        finally:
            print("finally in loop", i)
print(ret_expr_in_for())
