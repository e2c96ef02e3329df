# break (and continue/return) may not appear in an except* block.
print("never printed")

for i in range(3):
    try:
        pass
    except* ValueError:
        break
