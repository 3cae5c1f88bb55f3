#!/usr/bin/env python3
"""Checks that the packaging agrees with itself and with the programs:
  - the releases of CHANGELOG.md, the AppStream metainfo and debian/changelog are the same versions, newest first,
    with the same dates, and the version in CMakeLists.txt is the newest;
  - the desktop file, its icon, the metainfo and its launchable all use the app id of CMakeLists.txt;
  - the bash and zsh completion know every command and option `arrscore --help` lists;
  - every icon PNG has the size its name says.
Prints every problem and exits 1 if there is any.

  tests/packaging/check_packaging.py REPO_ROOT PATH/TO/arrscore
"""
import email.utils
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

ICON_SIZES = [16, 32, 48, 64, 128, 256, 512]


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


def changelog_releases(root):
    return re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", read(root, "CHANGELOG.md"), re.M)


def metainfo_releases(root, app_id):
    tree = ET.parse(os.path.join(root, "packaging", "linux", f"{app_id}.metainfo.xml"))
    return [(r.get("version"), r.get("date")) for r in tree.getroot().iter("release")], tree.getroot()


def debian_releases(root):
    text = read(root, os.path.join("debian", "changelog"))
    versions = re.findall(r"^arrscore \(([^)]+)\) ", text, re.M)
    dates = [email.utils.parsedate_to_datetime(d).strftime("%Y-%m-%d")
             for d in re.findall(r"^ -- .+?  (.+)$", text, re.M)]
    return list(zip(versions, dates))


def check_releases(root, app_id, errors):
    cmake = read(root, "CMakeLists.txt")
    m = re.search(r"project\(ArrScoreExporter VERSION (\d+\.\d+\.\d+)", cmake)
    version = m.group(1) if m else None
    changelog = changelog_releases(root)
    if not changelog:
        errors.append("CHANGELOG.md: no release (## [x.y.z] - YYYY-MM-DD)")
        return
    if version != changelog[0][0]:
        errors.append(f"CMakeLists.txt is at version {version}, CHANGELOG.md's newest release is {changelog[0][0]}")
    if sorted(changelog, key=lambda r: tuple(int(n) for n in r[0].split(".")), reverse=True) != changelog:
        errors.append("CHANGELOG.md: releases are not newest first")
    metainfo, _ = metainfo_releases(root, app_id)
    if metainfo != changelog:
        errors.append(f"metainfo releases {metainfo} differ from CHANGELOG.md's {changelog}")
    debian = debian_releases(root)
    if debian != changelog:
        errors.append(f"debian/changelog releases {debian} differ from CHANGELOG.md's {changelog}")


def check_ids(root, app_id, errors):
    desktop_path = os.path.join("packaging", "linux", f"{app_id}.desktop")
    if not os.path.isfile(os.path.join(root, desktop_path)):
        errors.append(f"{desktop_path} is missing: the desktop file is named after the app id")
        return
    desktop = dict(re.findall(r"^([A-Za-z]+)=(.*)$", read(root, desktop_path), re.M))
    if desktop.get("Icon") != app_id:
        errors.append(f"{desktop_path}: Icon={desktop.get('Icon')}, not the app id {app_id}")
    _, component = metainfo_releases(root, app_id)
    if component.findtext("id") != app_id:
        errors.append(f"metainfo <id> is {component.findtext('id')}, not {app_id}")
    if component.findtext("launchable") != f"{app_id}.desktop":
        errors.append(f"metainfo <launchable> is {component.findtext('launchable')}, not {app_id}.desktop")


def check_completion(root, arrscore, errors):
    helptext = subprocess.run([arrscore, "--help"], capture_output=True, text=True, check=True,
                              env=dict(os.environ, LC_ALL="C")).stdout
    commands = re.findall(r"^  ([a-z]+)(?: |$)", helptext, re.M)
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", helptext))
    if len(commands) < 5 or len(options) < 5:
        errors.append(f"arrscore --help lists only {commands} and {sorted(options)}: is the parsing still right?")
    for name in ("arrscore.bash", "_arrscore"):
        text = read(root, os.path.join("packaging", "completion", name))
        for word in commands + sorted(options):
            if not re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
                errors.append(f"packaging/completion/{name} does not know '{word}' from arrscore --help")


def check_icons(root, errors):
    for size in ICON_SIZES:
        path = os.path.join(root, "resources", "icons", f"arrscore-{size}.png")
        try:
            with open(path, "rb") as f:
                header = f.read(24)
        except OSError:
            errors.append(f"{path} is missing (packaging/render-icons.sh makes it)")
            continue
        width, height = struct.unpack(">II", header[16:24])
        if header[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (size, size):
            errors.append(f"{path}: {width}x{height}, not {size}x{size}")


def main():
    root, arrscore = os.path.abspath(sys.argv[1]), sys.argv[2]
    app_id = re.search(r'set\(ARRSCORE_APP_ID "([^"]+)"\)', read(root, "CMakeLists.txt")).group(1)
    errors = []
    check_releases(root, app_id, errors)
    check_ids(root, app_id, errors)
    check_completion(root, arrscore, errors)
    check_icons(root, errors)
    for e in errors:
        print(e)
    if errors:
        print(f"packaging: {len(errors)} problem(s)")
        return 1
    print("packaging: releases, ids, completion and icons agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
