#!/usr/bin/env python3
"""Derives from the code which Debian packages the project needs, and fails when scripts/setup or
the .deb's Depends does not bring one of them.

  check_dependencies.py SOURCE_DIR BUILD_DIR

What is derived, and where it must come from:
  * QML modules: the imports of qml/ (and tests/qml/ for setup), then, to a fixed point, the
    imports of those modules' own QML files and their qmldir's non-optional imports
    (qmlimportscanner, then dpkg -S on each module's qmldir).          setup and the .deb
  * shared libraries of every executable in BUILD_DIR (ldd, dpkg -S).  setup (the .deb's are
    computed by dpkg-shlibdeps at packaging time)
  * Qt plugins that are loaded by name, which no linker sees: the platform plugins (xcb on a
    desktop, plus every -platform / QT_QPA_PLATFORM the tests and scripts use), the TLS backend
    (for anything linking Qt Network), SQL drivers named in addDatabase(), image formats for the
    image files the UI loads; with their own shared libraries.         setup; the .deb for the
    app's and server's
  * external commands the scripts run (scripts/*, .ci/run, tests/**/*.sh), and those CPack runs
    for the packaging configuration (`file` and dpkg-shlibdeps for the .deb's shlibs).   setup

"Brought by" means: in the list, or a dependency (Depends/Pre-Depends, followed to the end) of a
package in it, or part of a minimal Debian root (Essential or Priority: required, and apt), which
is what `debootstrap --variant=minbase` installs and scripts/fresh-check starts from.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

QT_QML = Path("/usr/lib/x86_64-linux-gnu/qt6/qml")
QT_PLUGINS = Path("/usr/lib/x86_64-linux-gnu/qt6/plugins")
SCANNER = "/usr/lib/qt6/libexec/qmlimportscanner"
OWN_MODULE = "com.miraget.desktop"
# Image formats Qt Gui reads without a plugin.
BUILTIN_IMAGES = {"png", "bmp", "ppm", "pbm", "pgm", "xbm", "xpm"}
IMAGE_PLUGINS = {"svg": "imageformats/libqsvg.so", "jpg": "imageformats/libqjpeg.so",
                 "jpeg": "imageformats/libqjpeg.so", "gif": "imageformats/libqgif.so",
                 "ico": "imageformats/libqico.so", "webp": "imageformats/libqwebp.so"}
BASH_WORDS = set("""if then else elif fi for in do done while until case esac function time
    select break continue return exit export unset set shift trap cd echo printf read local
    declare readonly source eval exec wait kill true false test command type ulimit umask let
    pushd popd mapfile builtin hash compgen complete shopt getopts dirs disown jobs""".split()) | {"[", "[[", ".", ":", "!", "{", "}"}


def run(*args, check=True):
    return subprocess.run(args, capture_output=True, text=True, check=check).stdout


def owners(paths):
    """dpkg -S for many paths at once: path -> package. usr-merged paths are tried both ways."""
    tries = {}
    for p in paths:
        real = os.path.realpath(p)
        for c in (p, real):
            tries.setdefault(c, p)
            if c.startswith("/usr/"):
                tries.setdefault(c[4:], p)
            elif c.startswith(("/lib", "/bin", "/sbin")):
                tries.setdefault("/usr" + c, p)
    found = {}
    out = subprocess.run(["dpkg", "-S", *tries], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("diversion ") or ": " not in line:
            continue
        pkgs, path = line.split(": ", 1)
        if path in tries:
            found.setdefault(tries[path], pkgs.split(",")[0].strip().split(":")[0])
    return found


class Installed:
    """This machine's dpkg database: what each package depends on, and who provides what."""

    def __init__(self):
        fmt = "${Package}\t${Status}\t${Priority}\t${Essential}\t${Provides}\t${Depends}, ${Pre-Depends}\n"
        self.deps, self.providers, self.minbase = {}, {}, {"apt"}
        for line in run("dpkg-query", "-W", "-f=" + fmt).splitlines():
            name, status, priority, essential, provides, depends = line.split("\t")
            if not status.endswith("installed") or " not-installed" in status:
                continue
            self.deps[name] = [[self.bare(a) for a in clause.split("|")]
                               for clause in depends.split(",") if clause.strip()]
            for p in provides.split(","):
                if p.strip():
                    self.providers.setdefault(self.bare(p), []).append(name)
            if priority == "required" or essential == "yes":
                self.minbase.add(name)

    @staticmethod
    def bare(dep):
        return re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", dep).strip().split(":")[0]

    def resolve(self, name):
        if name in self.deps:
            return name
        return next(iter(self.providers.get(name, [])), None)

    def closure(self, start):
        todo = [p for p in (self.resolve(s) for s in start) if p]
        seen = set()
        while todo:
            pkg = todo.pop()
            if pkg in seen:
                continue
            seen.add(pkg)
            for alternatives in self.deps.get(pkg, []):
                # apt takes the first alternative that can be had; here, the first one installed.
                chosen = next((r for r in map(self.resolve, alternatives) if r), None)
                if chosen:
                    todo.append(chosen)
        return seen


def scan_imports(files):
    if not files:
        return set()
    empty = Path(os.environ.get("TMPDIR", "/tmp")) / "miraget-no-imports"
    empty.mkdir(exist_ok=True)  # an empty import path: the scanner reports only direct imports
    out = run(SCANNER, "-qmlFiles", *map(str, files), "-importPath", str(empty))
    return {m["name"] for m in json.loads(out) if m.get("type") == "module"}


def module_files(directory):
    """A module's own QML files: its folder and sub-folders that are not modules of their own,
    plus its implementation modules (impl, quickimpl), which its plugin loads by name."""
    files = []
    for root, dirs, names in os.walk(directory):
        here = Path(root)
        if here.name == "designer" or (here != directory and (here / "qmldir").exists()
                                         and not here.name.endswith("impl")):
            dirs[:] = []
            continue
        files += [here / n for n in names if n.endswith(".qml")]
    return files


def qml_modules(sources):
    """module -> (qmldir path or None, who imports it), to a fixed point."""
    todo = [(m, str(f)) for f in sources for m in scan_imports([f])]
    found = {}
    while todo:
        name, by = todo.pop()
        if name in found or name == OWN_MODULE:
            continue
        directory = QT_QML / name.replace(".", "/")
        qmldir = directory / "qmldir"
        found[name] = (qmldir if qmldir.exists() else None, by)
        if not qmldir.exists():
            continue
        for line in qmldir.read_text().splitlines():
            words = line.split()
            if words[:1] in (["import"], ["depends"]) or words[:2] == ["default", "import"]:
                todo.append((words[-2] if words[-1] == "auto" or words[-1][0].isdigit() else words[-1],
                             str(qmldir)))
        for f in module_files(directory):
            todo += [(m, str(f)) for m in scan_imports([f])]
    return found


def elf_files(build):
    for root, dirs, names in os.walk(build):
        dirs[:] = [d for d in dirs if d not in ("CMakeFiles", ".qt", ".rcc", "packages")]
        for n in names:
            p = Path(root) / n
            if p.is_file() and os.access(p, os.X_OK) and not p.is_symlink():
                with open(p, "rb") as f:
                    if f.read(4) == b"\x7fELF":
                        yield p


def libraries(binary):
    libs, missing = set(), set()
    for line in run("ldd", str(binary), check=False).splitlines():
        m = re.match(r"\s*(\S+) => (\S+)", line)
        if m and m.group(2) == "not":
            missing.add(m.group(1))
        elif m:
            libs.add(m.group(2))
    return libs, missing


def sources(src, pattern):
    return [p for d in ("app", "ui", "server", "qml", "tests", "bench", "scripts", "resources")
            for p in (src / d).rglob(pattern) if p.is_file()]


def plugins_by_name(src, shipped_only):
    """Plugin files loaded by name, with the reason: by what the .deb ships (the app and the
    server), or by everything, tests and scripts included."""
    wanted = {"platforms/libqxcb.so": "the desktop's platform (X11, and XWayland)"}
    if not shipped_only:
        text = "\n".join(p.read_text(errors="replace") for p in
                         sources(src, "*.cpp") + sources(src, "CMakeLists.txt") + list((src / "scripts").iterdir()))
        for name in set(re.findall(r"(?:QT_QPA_PLATFORM(?:=|\"\)?\s*,\s*(?:QStringLiteral\()?\")|-platform\s+)([a-z]+)", text)):
            wanted[f"platforms/libq{name}.so"] = f"the tests' and scripts' -platform {name}"
    dirs = ("app", "ui", "qml", "resources", "server")
    code = [p for p in sources(src, "*") if p.suffix in (".cpp", ".h", ".qml", ".qrc", ".txt")
            and p.relative_to(src).parts[0] in dirs]
    for p in code:
        text = p.read_text(errors="replace")
        for driver in re.findall(r"addDatabase\(\s*(?:QStringLiteral\()?\"(Q[A-Z0-9]+)\"", text):
            file = "libqsqlite.so" if driver == "QSQLITE" else f"libqsql{driver[1:].lower()}.so"
            wanted[f"sqldrivers/{file}"] = f"{p.relative_to(src)} opens {driver}"
        if "Qt6::Network" in text or "QNetworkAccessManager" in text:
            wanted["tls/libqopensslbackend.so"] = f"{p.relative_to(src)} uses Qt Network (https)"
        for ext in set(re.findall(r"[\w/-]\.(svg|jpe?g|gif|ico|webp)\b", text, re.I)):
            if ext.lower() not in BUILTIN_IMAGES and p.suffix != ".txt":
                wanted[IMAGE_PLUGINS[ext.lower()]] = f"{p.relative_to(src)} loads .{ext} images"
    return wanted


def strip_for_commands(text):
    """Shell text with what cannot hold a command blanked: heredoc bodies, comments, quoted
    strings (except `bash -c '…'` bodies and $(…) inside double quotes)."""
    # Heredocs: a shell script written out (#!…sh) is read like the rest, other text is dropped.
    text = re.sub(r"<<-?\s*'?(\w+)'?([^\n]*)\n(.*?)\n\s*\1\n",
                  lambda m: m.group(2) + "\n" + (strip_for_commands(m.group(3)) if re.match(r"#!.*\b(?:ba)?sh\b", m.group(3))
                                                else "") + "\n", text, flags=re.S)
    text = re.sub(r"\$\{[^}]*\}", "${}", text.replace("\\\n", " "))  # ${…} expansions; joined lines
    text = re.sub(r"\$?\(\([^)]*\)\)", "0", text)  # arithmetic
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "#" and (i == 0 or text[i - 1] in " \t\n;"):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        if c == "'":
            end = text.find("'", i + 1)
            end = len(text) if end < 0 else end
            body = text[i + 1:end]
            code = re.search(r"\b(?:ba)?sh\s+-c\s*$", "".join(out[-12:]))
            out.append(("\n" + strip_for_commands(body) + "\n") if code else "''")
            i = end + 1
            continue
        if c == '"':
            j, depth, keep = i + 1, 0, []
            while j < len(text) and (text[j] != '"' or depth):
                if text.startswith("$(", j):
                    depth += 1
                    keep.append(";")
                    j += 2
                    continue
                if text[j] == ")" and depth:
                    depth -= 1
                    keep.append(";")
                elif depth:
                    keep.append(text[j])
                j += 1
            out.append('"' + "".join(keep) + '"')
            i = j + 1
            continue
        out.append(c)
        i += 1
    return re.sub(r"\b\w+\+?=\([^)]*\)", "", "".join(out))  # array literals hold words, not commands


COMMAND_AT = re.compile(r"(?:^|[;&|({}`]|\$\(|\b(?:then|do|else|if|while|until|time|exec|sudo|\$sudo)\s|\s--\s"
                        r"|\btimeout\s+\S+\s|\bxvfb-run(?:\s+-[\w-]+(?:\s+'[^']*'|\s+\"[^\"]*\")?)*\s"
                        r"|\bdbus-run-session\s)\s*(?:[A-Za-z_]\w*=(?:[^\s$]|\$(?!\())*\s+)*(?<![/\w.-])([A-Za-z][\w.+-]*)(?=[\s;&|)]|$)", re.M)
# Where Debian packages put commands; /usr/local and version managers are not on a new machine.
DEBIAN_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"


def script_commands(src):
    files = [p for p in (src / "scripts").iterdir() if p.is_file()] + [src / ".ci/run"] \
        + sorted((src / "tests").rglob("*.sh"))
    found = {}
    for f in files:
        text = strip_for_commands(f.read_text())
        functions = set(re.findall(r"^\s*(\w[\w-]*)\s*\(\)", text, re.M))
        for word in COMMAND_AT.findall(text):
            if word not in BASH_WORDS and word not in functions:
                found.setdefault(word, str(f.relative_to(src)))
    return found


def cpack_commands(build):
    """What CPack itself runs for this build's packaging configuration (check-package.sh runs
    cpack): computing the .deb's shared-library dependencies takes `file` and dpkg-shlibdeps."""
    text = (build / "CPackConfig.cmake").read_text()
    if re.search(r'set\(CPACK_DEBIAN_PACKAGE_SHLIBDEPS "(ON|TRUE|1)"\)', text):
        return {"file": "cpack (CPACK_DEBIAN_PACKAGE_SHLIBDEPS)", "dpkg-shlibdeps": "cpack (CPACK_DEBIAN_PACKAGE_SHLIBDEPS)"}
    return {}


def preset_toolchains(src):
    """The compilers the CMake presets name, and for clang the sanitizer runtimes the build asks
    for (-fsanitize=… in CMakeLists.txt): the fuzz preset needs clang-14 and its libFuzzer."""
    needs = {}
    presets = json.loads((src / "CMakePresets.json").read_text())
    cmake_text = (src / "CMakeLists.txt").read_text()
    sanitizers = set()
    for flags in re.findall(r"-fsanitize=([\w,-]+)", cmake_text):
        sanitizers |= {f.replace("-no-link", "") for f in flags.split(",")}
    for preset in presets.get("configurePresets", []):
        for key in ("CMAKE_C_COMPILER", "CMAKE_CXX_COMPILER"):
            compiler = preset.get("cacheVariables", {}).get(key)
            if not compiler:
                continue
            path = shutil.which(compiler, path=DEBIAN_PATH)
            if not path:
                needs[f"compiler `{compiler}` (preset {preset['name']})"] = None
                continue
            needs[f"compiler `{compiler}` (preset {preset['name']})"] = path
            if "clang" in compiler:
                resource = run(path, "-print-resource-dir", check=False).strip()
                runtimes = {"address": "asan", "undefined": "ubsan_standalone", "thread": "tsan", "fuzzer": "fuzzer"}
                for san in sorted(sanitizers):
                    lib = Path(resource) / "lib/linux" / f"libclang_rt.{runtimes.get(san, san)}-x86_64.a"
                    needs[f"{san} runtime of {compiler} (preset {preset['name']})"] = str(lib) if lib.exists() else None
    return needs


def deb_depends(build):
    text = (build / "CPackConfig.cmake").read_text()
    m = re.search(r'set\(CPACK_DEBIAN_PACKAGE_DEPENDS "([^"]*)"\)', text)
    return [Installed.bare(p.split("|")[0]) for p in (m.group(1).split(",") if m else []) if p.strip()]


def module_hint(name):
    return "qml6-module-" + name.lower().replace(".", "-")


def main():
    src, build = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    dpkg = Installed()
    setup_list = run(str(src / "scripts/setup"), "--list").split()
    setup = dpkg.closure(setup_list) | dpkg.closure(dpkg.minbase)
    deb_start = deb_depends(build)
    problems, needs = [], []  # needs: (what, package, for setup, for the .deb)

    app_qml = sorted((src / "qml").glob("*.qml"))
    test_qml = sorted((src / "tests").rglob("*.qml"))
    app_modules = qml_modules(app_qml)
    for name, (qmldir, by) in {**qml_modules(test_qml), **app_modules}.items():
        if qmldir is None:
            if name.startswith("QtQuick.Controls.") and name.split(".")[2] in ("Windows", "macOS", "iOS"):
                continue  # styles of other platforms, optional imports of QtQuick.Controls
            problems.append(f"QML module {name} (imported by {by}) is not installed on this machine: "
                            f"add its package (likely {module_hint(name)}) to scripts/setup")
            continue
        needs.append((f"QML module {name} (imported by {by})", qmldir, True, name in app_modules))

    binaries = list(elf_files(build))
    if not binaries:
        problems.append(f"no executables under {build}: build first")
    shipped = {build / "app/miraget", build / "server/miraget-server"}
    for binary in binaries:
        libs, missing = libraries(binary)
        for lib in missing:
            problems.append(f"{binary.relative_to(build)} needs {lib}, which is not installed")
        needs += [(f"{lib} (linked by {binary.relative_to(build)})", lib, True, False) for lib in libs]

    for plugin, why in {**plugins_by_name(src, False), **plugins_by_name(src, True)}.items():
        path = QT_PLUGINS / plugin
        for_deb = plugin in plugins_by_name(src, True)
        if not path.exists():
            problems.append(f"Qt plugin {plugin} ({why}) is not installed on this machine")
            continue
        needs.append((f"Qt plugin {plugin} ({why})", str(path), True, for_deb))
        libs, _ = libraries(path)
        needs += [(f"{lib} (linked by the {plugin} plugin)", lib, True, for_deb) for lib in libs]

    for command, script in sorted({**script_commands(src), **cpack_commands(build)}.items()):
        path = shutil.which(command, path=DEBIAN_PATH)
        if not path:
            problems.append(f"{script} runs `{command}`, which is not installed: add its package to scripts/setup")
            continue
        needs.append((f"command `{command}` (run by {script})", path, True, False))

    for what, path in preset_toolchains(src).items():
        if path is None:
            problems.append(f"{what} is not installed: add its package to scripts/setup")
        else:
            needs.append((what, path, True, False))

    owner = owners({str(p) for _, p, _, _ in needs})
    deb_libs = {owner.get(lib) for b in shipped if b.exists() for lib in libraries(b)[0]}
    deb = dpkg.closure(deb_start + [p for p in deb_libs if p]) | dpkg.closure(dpkg.minbase)
    checked = set()
    for what, path, for_setup, for_deb in needs:
        package = owner.get(str(path))
        if package is None:
            problems.append(f"{what}: {path} belongs to no Debian package")
            continue
        checked.add(package)
        if for_setup and package not in setup:
            problems.append(f"{what} comes from {package}, which scripts/setup does not install")
        if for_deb and package not in deb:
            problems.append(f"{what} comes from {package}, which the .deb's Depends "
                            f"(installer/linux/packaging.cmake) does not bring")

    print(f"checked {len(needs)} needs from {len(binaries)} executables, {len(app_qml) + len(test_qml)} "
          f"QML files and the scripts; {len(checked)} packages; scripts/setup lists {len(setup_list)}, "
          f"the .deb depends on {len(deb_start)} by hand")
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
