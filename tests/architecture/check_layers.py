#!/usr/bin/env python3
"""The layer rule of docs/architecture.md ("## Layers"), checked against every #include in app/ and ui/.

    check_layers.py <source dir>     fails on an include that crosses an edge the table does not list,
                                     on a folder the table does not know, and on a table that allows
                                     a cycle
    check_layers.py --self-test      plants a forbidden include in a scratch tree and expects a failure

The table is read from the document, so the rule is written down once.
"""
import pathlib
import re
import sys
import tempfile

ROW = re.compile(r"^\|\s*`(\w+)`\s*\|\s*(.*?)\s*\|\s*$")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def read_rule(doc):
    """{folder: set of folders it may include}, from the table under '## Layers'."""
    text = doc.read_text(encoding="utf-8")
    if "## Layers" not in text:
        raise SystemExit(f"FAIL: {doc} has no '## Layers' section")
    section = text.split("## Layers", 1)[1].split("\n## ", 1)[0]
    rule = {}
    for line in section.splitlines():
        m = ROW.match(line)
        if m:
            allowed = m.group(2).strip()
            rule[m.group(1)] = set() if allowed in ("—", "-", "") else {a.strip() for a in allowed.split(",")}
    if not rule:
        raise SystemExit(f"FAIL: the '## Layers' section of {doc} has no table rows")
    return rule


def cycle_in(rule):
    """A cycle the table allows, as a list of folders, or None."""
    state = {}

    def visit(node, path):
        state[node] = "open"
        for nxt in sorted(rule.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt] if nxt in path else path + [nxt]
            if nxt not in state:
                found = visit(nxt, path + [nxt])
                if found:
                    return found
        state[node] = "done"
        return None

    for start in sorted(rule):
        if start not in state:
            found = visit(start, [start])
            if found:
                return found
    return None


def folder_of(path, root):
    """The layer a source file belongs to: app/<folder>/…, ui/…, or app/ itself."""
    rel = path.relative_to(root).parts
    if rel[0] == "ui":
        return "ui"
    return rel[1] if len(rel) > 2 else "app"


def violations(root, rule):
    found = []
    unknown = set(rule) | {f for allowed in rule.values() for f in allowed}
    for top in ("app", "ui"):
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            source = folder_of(path, root)
            if source not in rule:
                found.append(f"{path.relative_to(root)}: folder '{source}' is not in the layer table")
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                m = INCLUDE.match(line)
                if not m or "/" not in m.group(1):
                    continue  # a header of the same folder
                target = m.group(1).split("/", 1)[0]
                if target == source:
                    continue
                if target not in unknown:
                    found.append(f"{path.relative_to(root)}:{number}: includes {m.group(1)} from '{target}', "
                                 "a folder the layer table does not know")
                elif target not in rule[source]:
                    found.append(f"{path.relative_to(root)}:{number}: '{source}' may not include "
                                 f"'{target}' ({m.group(1)})")
    return found


def check(root):
    rule = read_rule(root / "docs" / "architecture.md")
    cycle = cycle_in(rule)
    problems = violations(root, rule)
    if cycle:
        problems.insert(0, "the layer table allows a cycle: " + " → ".join(cycle))
    return rule, problems


def self_test():
    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch)
        (root / "docs").mkdir()
        (root / "docs" / "architecture.md").write_text(
            "# A\n\n## Layers\n\n| folder | may include |\n|---|---|\n| `core` | — |\n| `sync` | core |\n"
            "| `app` | sync, core |\n\n## Next\n", encoding="utf-8")
        for folder in ("app/core", "app/sync", "ui"):
            (root / folder).mkdir(parents=True)
        (root / "app/sync/engine.h").write_text('#include "core/paths.h"\n#include "engine2.h"\n')
        (root / "app/core/paths.h").write_text('#pragma once\n')
        _, clean = check(root)
        if clean:
            print("self-test: a clean tree was refused:", clean)
            return 1
        (root / "app/core/paths.h").write_text('#pragma once\n#include "sync/engine.h"\n')
        _, planted = check(root)
        if not any("'core' may not include 'sync'" in p for p in planted):
            print("self-test: the planted include core → sync was not found:", planted)
            return 1
        (root / "docs" / "architecture.md").write_text(
            "## Layers\n\n| folder | may include |\n|---|---|\n| `core` | sync |\n| `sync` | core |\n",
            encoding="utf-8")
        _, cyclic = check(root)
        if not any("allows a cycle" in p for p in cyclic):
            print("self-test: a table with a cycle was accepted:", cyclic)
            return 1
    print("self-test: a planted forbidden include and a cyclic table are both refused")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    root = pathlib.Path(sys.argv[1]).resolve()
    rule, problems = check(root)
    for p in problems:
        print("FAIL:", p)
    if problems:
        return 1
    print(f"layers: {len(rule)} folders, every include in app/ and ui/ follows docs/architecture.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
