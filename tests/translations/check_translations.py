#!/usr/bin/env python3
"""Fails on any translation a user would miss: a string in the sources that a .ts file lacks
(lupdate is run on copies, so a new qsTr()/tr() counts), an unfinished, vanished or obsolete entry,
an empty numerus form, or a translation whose placeholders differ from its source.

usage: check_translations.py LUPDATE SOURCES_LIST TS [TS...]   (files ending _en.ts are plural-only)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def problems_in(path, plural_only):
    found = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{os.path.basename(path)}: {name}: {source!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                found.append(f"{where} is {kind}")
                continue
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.iter("numerusform")]
            else:
                if plural_only:
                    found.append(f"{where}: not a plural, yet in the plural-only file")
                texts = [translation.text or ""]
            for text in texts:
                if not text.strip():
                    found.append(f"{where}: empty translation")
                elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                    found.append(f"{where}: placeholders {PLACEHOLDER.findall(text)} in {text!r}")
    return found


def main():
    lupdate, sources, *ts_files = sys.argv[1:]
    problems = []
    for ts in ts_files:
        plural_only = ts.endswith("_en.ts")
        problems += problems_in(ts, plural_only)  # as committed: vanished entries show here
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            args = [lupdate, "-silent", "-locations", "none", "-no-obsolete"]
            if plural_only:
                args.append("-pluralonly")
            subprocess.run(args + ["@" + sources, "-ts", copy], check=True)
            # After lupdate, new source strings appear as unfinished entries.
            problems += [p + " (after lupdate)" for p in problems_in(copy, plural_only)
                         if "unfinished" in p]
    for p in sorted(set(problems)):
        print(p)
    print(f"{len(set(problems))} problem(s) in {len(ts_files)} file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
