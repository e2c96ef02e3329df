# and/or and conditional expressions evaluate only what they must.
def t(label, value):
    print("eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 0))
print(t("a", 1) or t("b", 0))
print(t("a", 0) or t("b", 2))
print(t("a", 1) and t("b", 2) and t("c", 0) and t("d", 4))
print(t("a", 0) or t("b", 0) or t("c", 3) or t("d", 4))
print(t("x", "yes") if t("cond", True) else t("y", "no"))
print(t("x", "yes") if t("cond", False) else t("y", "no"))
if t("if1", 0) and t("if2", 1):
    print("never")
if t("if3", 0) or t("if4", 1):
    print("taken")
lst = []
print(len(lst) > 0 and lst[0] > 0)
d = {}
print("k" in d and d["k"])
