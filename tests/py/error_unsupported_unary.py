print(-5)
print(-"5")
