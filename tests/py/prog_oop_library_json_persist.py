import json, io
from dataclasses import dataclass, field, asdict
from typing import List, Dict
from enum import Enum
class Genre(Enum):
    FICTION = "fiction"; SCIENCE = "science"; HISTORY = "history"
@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1
    def to_json(self): d = asdict(self); d["genre"] = self.genre.value; return d
    @classmethod
    def from_json(cls, d): return cls(**{**d, "genre": Genre(d["genre"])})
@dataclass
class Member:
    name: str
    borrowed: List[str] = field(default_factory=list)
class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class LimitReached(LibraryError): pass
class Library:
    LIMIT = 2
    def __init__(self): self.books: Dict[str, Book] = {}; self.members: Dict[str, Member] = {}
    def add(self, b: Book):
        if b.isbn in self.books: self.books[b.isbn].copies += b.copies
        else: self.books[b.isbn] = b
    def join(self, name): self.members[name] = Member(name); return self.members[name]
    def lend(self, isbn, name):
        m = self.members[name]; b = self.books.get(isbn)
        if b is None or b.copies == 0: raise NotAvailable(f"{isbn} not available")
        if len(m.borrowed) >= self.LIMIT: raise LimitReached(f"{name} has {len(m.borrowed)} books")
        b.copies -= 1; m.borrowed.append(isbn)
    def give_back(self, isbn, name): self.members[name].borrowed.remove(isbn); self.books[isbn].copies += 1
    def report(self):
        lines = [f"{'ISBN':<6}{'Title':<22}{'Author':<14}{'Genre':<9}{'#':>2}"]
        for b in sorted(self.books.values(), key=lambda b: (b.genre.value, b.title)):
            lines.append(f"{b.isbn:<6}{b.title[:21]:<22}{b.author:<14}{b.genre.name.title():<9}{b.copies:>2}")
        return "\n".join(lines)
    def save(self, fp): json.dump({"books": [b.to_json() for b in self.books.values()], "members": [asdict(m) for m in self.members.values()]}, fp, indent=1)
    @classmethod
    def load(cls, fp):
        lib = cls(); data = json.load(fp)
        for d in data["books"]: lib.add(Book.from_json(d))
        for m in data["members"]: lib.members[m["name"]] = Member(**m)
        return lib
lib = Library()
for b in [Book("001", "Dune", "Herbert", Genre.FICTION, 2), Book("002", "A Brief History of Time", "Hawking", Genre.SCIENCE), Book("003", "SPQR", "Beard", Genre.HISTORY), Book("001", "Dune", "Herbert", Genre.FICTION)]: lib.add(b)
lib.join("ann"); lib.join("bob")
for isbn, who in [("001", "ann"), ("002", "ann"), ("003", "ann"), ("002", "bob"), ("009", "bob"), ("001", "bob")]:
    try: lib.lend(isbn, who); print(f"lent {isbn} to {who}")
    except LibraryError as e: print(f"{type(e).__name__}: {e}")
lib.give_back("002", "ann"); print(lib.report())
buf = io.StringIO(); lib.save(buf); text = buf.getvalue(); print(len(text.splitlines()), text[:60].replace("\n", "|"))
lib2 = Library.load(io.StringIO(text)); print(lib2.report() == lib.report(), lib2.members)
