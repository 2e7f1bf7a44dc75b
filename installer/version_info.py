"""The Windows version resource of the exes, from pyproject.toml (build.spec uses it).

`version_file(...)` returns the text that PyInstaller's `EXE(version=<file>)` reads (its
documented VSVersionInfo format; PyInstaller embeds it when building on Windows and
ignores it elsewhere); `project_version()` reads the version from pyproject.toml, the one
place it is written.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = "TĐKT Desk"
LANG_VI_UNICODE = "042A04B0"  # Vietnamese (0x042A), Unicode code page (1200 = 0x04B0)


def project_version(root: Path = ROOT) -> str:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0); at most four numbers, missing ones are 0."""
    numbers = [int(n) for n in re.findall(r"\d+", version)][:4]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_file(version: str, *, internal: str, filename: str, description: str) -> str:
    numbers = version_numbers(version)
    strings = {
        "CompanyName": PRODUCT,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": internal,
        "OriginalFilename": filename,
        "ProductName": PRODUCT,
        "ProductVersion": version,
        "LegalCopyright": PRODUCT,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        {LANG_VI_UNICODE!r},
        [{table}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
"""


def write_version_file(path: Path, version: str, **kwargs) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file(version, **kwargs), encoding="utf-8")
    return path
