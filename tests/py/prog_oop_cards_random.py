import random
class Card:
    SUITS = "♠♥♦♣"; RANKS = "23456789TJQKA"
    def __init__(self, r, s): self.r, self.s = r, s
    def __repr__(self): return f"{self.r}{self.s}"
    def __lt__(self, o): return (self.RANKS.index(self.r), self.s) < (self.RANKS.index(o.r), o.s)
    def __eq__(self, o): return (self.r, self.s) == (o.r, o.s)
    def __hash__(self): return hash((self.r, self.s))
class Deck:
    def __init__(self): self.cards = [Card(r, s) for s in Card.SUITS for r in Card.RANKS]
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
    def shuffle(self, seed): random.Random(seed).shuffle(self.cards)
    def deal(self, n): hand, self.cards = self.cards[:n], self.cards[n:]; return hand
d = Deck(); print(len(d), d[0], d[-1], d[10:13], Card("A", "♠") in d)
d.shuffle(1); hands = [sorted(d.deal(5)) for _ in range(4)]
for h in hands: print(h)
print(len(d), random.Random(3).choice(d), sorted(d, reverse=True)[:3])
random.seed(10); print([random.randint(1, 6) for _ in range(10)], random.sample(list("abcdefgh"), 3))
rng = random.Random(99); print(rng.random(), rng.uniform(-1, 1), rng.triangular(0, 10, 3), rng.expovariate(1.5), rng.betavariate(2,3), rng.normalvariate(0, 1), rng.choices(range(5), k=3), rng.randbytes(4) if hasattr(rng,'randbytes') else '')
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
random.seed(5); x = list(range(20)); random.shuffle(x); print(x)
print(random.Random(0).sample(range(1000), 4), random.Random(1).randrange(10**20))
