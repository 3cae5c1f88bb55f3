#!/usr/bin/env python3
"""Checks that the includes between core's folders follow the design (docs/ARCHITECTURE.md).

Each folder of core/ may include its own headers and those of the folders it builds on, directly or
through another folder (the graph below). Also checked:
  - every source of core/ is in one of these folders;
  - core headers are included from the core root ("storage/snapshotstore.h"), in core, cli, ui, tests
    and bench alike, and name a file that exists;
  - no include cycle between two files anywhere in core.
Prints every violation with its file and line and exits 1 if there is any.

  tests/layers/check_layers.py [REPO_ROOT]
"""
import os
import re
import sys

# folder: the folders it builds on. Lower folders never include higher ones.
LAYERS = {
    "base": [],
    "config": ["base"],
    "arr": ["config"],
    "storage": ["base"],
    "sync": ["arr", "storage", "history"],
    "history": ["storage"],
    "analysis": ["storage"],
    "upgrades": ["arr", "storage", "analysis"],
    "views": ["history", "analysis", "upgrades"],
    "export": ["views"],
    "report": ["export"],
    "models": ["views"],
    "notify": ["history", "analysis", "arr"],
}
# Folders of core that hold no C++ (resources of a folder live inside it).
SOURCE_EXTENSIONS = (".h", ".cpp")
OTHER_TREES = ["cli", "ui", "tests", "bench", "app"]

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def closure():
    allowed = {}
    for folder in LAYERS:
        seen, todo = set(), list(LAYERS[folder])
        while todo:
            f = todo.pop()
            if f not in seen:
                seen.add(f)
                todo.extend(LAYERS[f])
        allowed[folder] = seen | {folder}
    return allowed


def sources(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "build"]
        for name in sorted(filenames):
            if name.endswith(SOURCE_EXTENSIONS):
                yield os.path.join(dirpath, name)


def includes(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if m:
                yield number, m.group(1)


def find_cycles(graph):
    """Strongly connected components with more than one file (Tarjan, iterative)."""
    index, low, on_stack, stack, result, counter = {}, {}, set(), [], [], [0]
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    result.append(sorted(component))
    return result


def main():
    repo = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
    core = os.path.join(repo, "core")
    allowed = closure()
    errors = []

    headers = {}  # "storage/snapshotstore.h" -> folder
    for path in sources(core):
        rel = os.path.relpath(path, core)
        parts = rel.split(os.sep)
        if len(parts) != 2 or parts[0] not in LAYERS:
            errors.append(f"core/{rel}: not in one of core's folders ({', '.join(LAYERS)}); "
                          "put it where it belongs and add the folder to tests/layers/check_layers.py")
            continue
        if rel.endswith(".h"):
            headers[rel.replace(os.sep, "/")] = parts[0]
    by_name = {}
    for h in headers:
        by_name.setdefault(os.path.basename(h), []).append(h)

    graph = {}
    for path in sources(core):
        rel = os.path.relpath(path, core).replace(os.sep, "/")
        folder = rel.split("/")[0]
        if folder not in LAYERS:
            continue
        node = os.path.splitext(rel)[0]
        graph.setdefault(node, set())
        for line, target in includes(path):
            where = f"core/{rel}:{line}"
            if target in headers:
                to = headers[target]
                if to not in allowed[folder]:
                    errors.append(f'{where}: {folder}/ may not include "{target}" ({to}/ is not below {folder}/; '
                                  "see docs/ARCHITECTURE.md)")
                dep = os.path.splitext(target)[0]
                if dep != node:
                    graph[node].add(dep)
            elif os.path.basename(target) in by_name:
                errors.append(f'{where}: write the include from the core root: "{by_name[os.path.basename(target)][0]}"')
            elif "/" in target and target.split("/")[0] in LAYERS:
                errors.append(f'{where}: "{target}" does not exist')

    for component in find_cycles(graph):
        errors.append("include cycle between " + " ⇄ ".join(f"core/{c}" for c in component)
                      + ": move the shared piece to where it belongs")

    for tree in OTHER_TREES:
        for path in sources(os.path.join(repo, tree)):
            rel = os.path.relpath(path, repo).replace(os.sep, "/")
            for line, target in includes(path):
                base = os.path.basename(target)
                if target in headers or base not in by_name:
                    continue
                if "/" in target and target.split("/")[0] in LAYERS:
                    errors.append(f'{rel}:{line}: "{target}" does not exist')
                elif "/" not in target:
                    errors.append(f'{rel}:{line}: write the core include from the core root: "{by_name[base][0]}"')

    for e in errors:
        print(e)
    checked = len(graph)
    if errors:
        print(f"layers: {len(errors)} violation(s) in {checked} core files")
        return 1
    print(f"layers: {checked} core files in {len(LAYERS)} folders follow the graph, no include cycles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
