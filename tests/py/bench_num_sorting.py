import sys
from functools import cmp_to_key, total_ordering
from operator import itemgetter, attrgetter, methodcaller
from dataclasses import dataclass, field
from collections import namedtuple
import bisect

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

WORDS = ("alpha Bravo charlie Delta echo Foxtrot golf Hotel india Juliet kilo Lima mike "
         "November oscar Papa quebec Romeo sierra Tango uniform Victor whiskey Xray yankee Zulu").split()

Employee = namedtuple("Employee", "name dept salary age")


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    patch: int = 0
    tag: str = field(default="", compare=False)

    def bump(self):
        return Version(self.major, self.minor, self.patch + 1, self.tag)


@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"
    __slots__ = ("rank", "suit")

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __lt__(self, other):
        if self.rank != other.rank:
            return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)
        return self.suit < other.suit

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return self.rank + self.suit


def gen_words(n, seed):
    s = seed
    out = []
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[s % len(WORDS)]
        out.append(w + str(s % 97) if i % 3 else w.upper())
    return out


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return (quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot]
            + quicksort([x for x in xs if x > pivot]))


def main():
    for rep in range(SCALE):
        words = gen_words(6000, 7 + rep)
        a = sorted(words, key=str.lower)
        b = sorted(words, key=cmp_to_key(compare_len_then_alpha), reverse=True)
        c = sorted(words, key=lambda w: (len(w), w.lower()))
        print("words", a[:3], b[:3], c[-2:], len(set(words)))
        emps = [Employee(w, WORDS[i % 5], (i * 7919) % 100000, 20 + i % 45) for i, w in enumerate(words[:3000])]
        by_dept = sorted(emps, key=attrgetter("dept", "salary"))
        by_age = sorted(emps, key=itemgetter(3, 2), reverse=True)
        print("emps", by_dept[0].name, by_dept[-1], by_age[0]._asdict()["name"], by_age[1]._replace(age=0))
        tuples = [(e.age, e.salary, e.name) for e in emps]
        tuples.sort()
        print("tuples", tuples[0], tuples[-1], max(tuples, key=itemgetter(1)))
        vers = [Version(i % 4, (i * 3) % 7, (i * 5) % 11, "t%d" % i) for i in range(2000)]
        vs = sorted(vers)
        print("versions", vs[0], vs[-1], len(set(vs)), max(vers).bump(), Version(1, 2) < Version(1, 2, 1))
        deck = [Card(r, s) for r in Card.RANKS for s in Card.SUITS]
        hands = []
        for i in range(400):
            hand = sorted(deck[(i * 7 + k * 13) % 52] for k in range(5))
            hands.append(hand)
        hands.sort(key=lambda h: h[::-1], reverse=True)
        print("cards", hands[0], hands[-1], Card("A", "s") >= Card("K", "h"), sorted(deck, reverse=True)[:4])
        nums = [(i * 2654435761) % 100003 for i in range(20000)]
        ms = merge_sort(nums[:6000])
        qs = quicksort(nums[:6000])
        print("algos", ms == qs == sorted(nums[:6000]), ms[:5])
        idx = sorted(nums)
        hits = sum(1 for q in range(0, 100003, 37) if bisect.bisect_left(idx, q) != bisect.bisect_right(idx, q))
        ins = []
        for x in nums[:3000]:
            bisect.insort(ins, x)
        print("bisect", hits, ins[:4], ins == sorted(nums[:3000]))
        strs = sorted(map(methodcaller("swapcase"), words[:2000]))
        print("strs", strs[:2], min(words), max(words, key=len))


if __name__ == "__main__":
    main()
