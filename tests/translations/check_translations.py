#!/usr/bin/env python3
"""Fails when a shipped translation is incomplete or out of step with the sources.

  check_translations.py --lupdate PATH --sources SOURCES.json TS_DIR

Every translations/arrscore_<lang>.ts must have no unfinished, vanished or obsolete message, every
numerus message its language's plural forms, and the placeholders (%1, %Ln, %v...), HTML tags and
shortcut '&' of its source. Then lupdate runs over the sources into a temporary copy of each file:
a message the sources have and the file lacks (or the other way round) means the file is stale.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms per language, as Qt counts them (qtbase/src/corelib/kernel/qtranslator.cpp rules).
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2}
PLACEHOLDER = re.compile(r"%(?:L?n|\d+|v|m)")
TAG = re.compile(r"</?[a-zA-Z]+")
SHORTCUT = re.compile(r"&(?=[^ &])")


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(name, message):
    return (name, message.findtext("source"), message.findtext("comment"))


def shape(text, drop_count):
    holders = sorted(p for p in PLACEHOLDER.findall(text) if not (drop_count and p in ("%n", "%Ln")))
    return holders, sorted(TAG.findall(text)), len(SHORTCUT.findall(text)) > 0


def check_file(path, language):
    problems = []
    forms_wanted = PLURAL_FORMS.get(language, 2)
    for name, message in messages(path):
        source = message.findtext("source")
        where = f"{os.path.basename(path)}: [{name}] {source!r}"
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {kind}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != forms_wanted or not all(forms):
                problems.append(f"{where}: needs {forms_wanted} plural forms, has {forms}")
                continue
        else:
            forms = [translation.text or ""]
            if not forms[0]:
                problems.append(f"{where}: empty translation")
                continue
        numerus = message.get("numerus") == "yes"
        for form in forms:
            if shape(form, numerus) != shape(source, numerus):
                problems.append(f"{where}: placeholders, tags or shortcut differ in {form!r}")
    return problems


def check_in_step(lupdate, sources, path, language):
    """Runs lupdate into a copy of path; returns the messages added and removed."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(path))
        shutil.copyfile(path, copy)
        project = dict(sources, translations=[copy], projectFile=copy)
        project_path = os.path.join(tmp, "project.json")
        with open(project_path, "w", encoding="utf-8") as f:
            json.dump(project, f)
        options = ["-no-obsolete", "-locations", "none", "-silent"]
        if language == "en":
            options.append("-pluralonly")
        run = subprocess.run([lupdate, "-project", project_path, *options], capture_output=True, text=True)
        if run.returncode != 0:
            return [f"lupdate failed on {path}: {run.stderr.strip()}"]
        before = {key(n, m) for n, m in messages(path)}
        after = {key(n, m) for n, m in messages(copy)}
    stale = [f"{os.path.basename(path)}: not in the file: [{k[0]}] {k[1]!r}" for k in sorted(after - before, key=str)]
    stale += [f"{os.path.basename(path)}: no longer in the sources: [{k[0]}] {k[1]!r}"
              for k in sorted(before - after, key=str)]
    return stale


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="JSON with sources and includePaths")
    parser.add_argument("ts_dir")
    args = parser.parse_args()
    with open(args.sources, encoding="utf-8") as f:
        sources = json.load(f)

    files = sorted(f for f in os.listdir(args.ts_dir) if re.fullmatch(r"arrscore_[a-z]{2}(_[A-Z]{2})?\.ts", f))
    if not files:
        print(f"no arrscore_*.ts in {args.ts_dir}")
        return 1
    problems = []
    for name in files:
        language = name[len("arrscore_"):-3].split("_")[0]
        path = os.path.join(args.ts_dir, name)
        problems += check_file(path, language)
        problems += check_in_step(args.lupdate, sources, path, language)
    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} problem(s). Refresh with: cmake --build <build dir> --target update_translations,"
              " then translate what is unfinished (Qt Linguist).")
        return 1
    print(f"{len(files)} translation files complete and in step with the sources: {', '.join(files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
