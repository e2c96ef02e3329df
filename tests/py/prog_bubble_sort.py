# Hand-written sorting algorithms over lists, checked against list.sort.
def bubble(a):
    a = a[:]
    n = len(a)
    swapped = True
    while swapped:
        swapped = False
        for i in range(1, n):
            if a[i - 1] > a[i]:
                a[i - 1], a[i] = a[i], a[i - 1]
                swapped = True
        n -= 1
    return a

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out += left[i:]
    out += right[j:]
    return out

def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    less = []
    equal = []
    more = []
    for v in a:
        if v < pivot:
            less.append(v)
        elif v == pivot:
            equal.append(v)
        else:
            more.append(v)
    return quicksort(less) + equal + quicksort(more)

seed = 42
data = []
for i in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    data.append((seed >> 33) % 10000 - 5000)
expected = data[:]
expected.sort()
print(data[:10])
print(expected[:10], expected[-10:])
print(bubble(data) == expected, insertion(data) == expected, merge_sort(data) == expected, quicksort(data) == expected)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(bubble(words), merge_sort(words) == quicksort(words))
