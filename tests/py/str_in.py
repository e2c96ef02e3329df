# Substring membership.
s = "the quick brown föx jumps"
for sub in ["quick", "Quick", "", "föx", "fox", "s", "the quick brown föx jumps", "jumps!", " ", "k b"]:
    print(repr(sub), sub in s, sub not in s)
print("a" in "a", "ab" in "a", "" in "", "😀" in "x😀y")
