# Command dispatch in the style of the PEP 636 tutorial: split strings,
# star captures, or-patterns with literals, mapping events.
def run(command):
    match command.split():
        case [action]:
            return f"single action {action}"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["drop", *objects] if objects:
            return f"dropping {', '.join(objects)}"
        case ["drop"]:
            return "drop what?"
        case ["pick", "up", obj] | ["pick", obj, "up"]:
            return f"picking up {obj}"
        case ["say", *words]:
            return "saying " + " ".join(words)
        case []:
            return "empty command"
        case _:
            return f"I don't understand {command!r}"

for c in ["look", "go north", "go up", "drop", "drop sword shield", "pick up key",
          "pick lamp up", "say hello there", "", "fly to the moon"]:
    print(repr(c), "->", run(c))

def on_event(event):
    match event:
        case {"type": "keydown", "key": "q" | "Q"}:
            return "quit"
        case {"type": "keydown", "key": k, **mods} if mods.get("ctrl"):
            return f"ctrl+{k}"
        case {"type": "keydown", "key": k}:
            return f"key {k}"
        case {"type": "click", "x": int(x), "y": int(y)} if x < 0 or y < 0:
            return "click outside"
        case {"type": "click", "x": int(x), "y": int(y)}:
            return f"click {x},{y}"
        case {"type": str(t)}:
            return f"ignored {t}"
        case _:
            return "malformed"

for e in [{"type": "keydown", "key": "Q"}, {"type": "keydown", "key": "s", "ctrl": True},
          {"type": "keydown", "key": "s", "ctrl": False}, {"type": "click", "x": -1, "y": 4},
          {"type": "click", "x": 3, "y": 4}, {"type": "click", "x": "3", "y": 4},
          {"type": "resize"}, {"type": 5}, [], None]:
    print(on_event(e))
