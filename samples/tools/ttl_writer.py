"""A small, deterministic Turtle writer for the sample generator: sorted prefixes, one subject per block.

Only what the samples need: prefixed names, plain string literals, xsd:date literals and booleans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

# A prefixed name's local part: letters, digits, '-' and '_', not ending in '.'.
_LOCAL = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]*$")
_WIDTH = 110


def lit(text: str) -> str:
    """Returns a Turtle string literal (xsd:string) for text."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def day(value: date) -> str:
    """Returns an xsd:date literal for value."""
    return f'"{value.isoformat()}"^^xsd:date'


def name(prefix: str, local: str) -> str:
    """Returns the prefixed name prefix:local, refusing a local part Turtle would not accept."""
    if not _LOCAL.match(local):
        raise ValueError(f"not a safe local name: {local!r}")
    return f"{prefix}:{local}"


@dataclass
class Block:
    """One subject and its predicate-objects, written in the order they were added."""

    subject: str
    pairs: list[tuple[str, list[str]]] = field(default_factory=list)

    def add(self, predicate: str, *objects: str | None) -> "Block":
        values = [o for o in objects if o is not None]
        if values:
            self.pairs.append((predicate, values))
        return self

    def add_all(self, predicate: str, objects) -> "Block":
        return self.add(predicate, *objects)

    def render(self) -> str:
        lines = [self.subject]
        for index, (predicate, objects) in enumerate(self.pairs):
            end = " ." if index == len(self.pairs) - 1 else " ;"
            single = f"    {predicate} {', '.join(objects)}{end}"
            if len(single) <= _WIDTH or len(objects) == 1:
                lines.append(single)
            else:
                # Too long for one line: the objects go on the lines below, packed up to the width.
                lines.append(f"    {predicate}")
                line = "       "
                for position, obj in enumerate(objects):
                    item = f" {obj}{end if position == len(objects) - 1 else ','}"
                    if len(line) + len(item) > _WIDTH and line.strip():
                        lines.append(line)
                        line = "       "
                    line += item
                lines.append(line)
        return "\n".join(lines)


@dataclass
class Section:
    """A titled group of blocks within a file."""

    title: str
    blocks: list[Block]


def document(header: list[str], prefixes: dict[str, str], sections: list[Section]) -> str:
    """Returns a Turtle document: header comment lines, the prefixes it uses (sorted), then the sections."""
    body = []
    for section in sections:
        body.append("#" * 65)
        body.append(f"# {section.title}")
        body.append("#" * 65)
        body.append("")
        for block in section.blocks:
            body.append(block.render())
            body.append("")
    text = "\n".join(body)
    used = sorted(p for p in prefixes if re.search(rf"(?<![A-Za-z0-9_-]){re.escape(p)}:", text))
    out = [f"# {line}" if line else "#" for line in header]
    out.append("")
    out.extend(f"@prefix {p}: <{prefixes[p]}> ." for p in used)
    out.append("")
    out.append(text.rstrip("\n"))
    return "\n".join(out) + "\n"
