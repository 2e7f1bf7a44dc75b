"""What build.spec leaves out of the bundle (kept here so that it can be tested and so the
Linux figure can be checked on a built bundle without building again).

`wanted(dest)` answers for one collected file, by its path inside the bundle; EXCLUDES
lists the Python modules the program never imports at run time.
"""

from __future__ import annotations

import re

# Python modules never imported at run time. QtNetwork stays (QtPdf links it).
# cryptography, secretstorage and jeepney are the Linux keyring's (Windows uses its
# Credential Manager without them): a Linux bundle then keeps no server password.
# python-docx needs lxml.etree (and openpyxl then uses it too); lxml's other modules are
# never imported. pygments comes with development tools. (ssl stays: psycopg imports it.)
EXCLUDES = [
    "tkinter", "_tkinter",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtTest", "PySide6.QtSql", "PySide6.QtXml", "PySide6.QtDBus",
    "PySide6.QtConcurrent", "PySide6.QtSvgWidgets", "PySide6.QtUiTools", "PySide6.QtPdfWidgets",
    "PyInstaller", "pytest", "_pytest", "hypothesis", "pip", "setuptools", "pkg_resources", "distutils",
    "cryptography", "secretstorage", "jeepney",
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.cssselect", "lxml.doctestcompare",
    "lxml.usedoctest", "lxml.sax", "lxml.builder", "lxml.ElementInclude", "lxml.html5parser",
    "pygments", "IPython",
    # The scan reader needs NumPy (app/scan_image.py); OpenCV is the tests' drawing tool only.
    "cv2",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingft", "PIL.ImageFont",
    "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk", "PIL._imagingmath", "PIL.ImageMath",
    "PIL._imagingmorph", "PIL.ImageMorph", "PIL.ImageQt",
    "sqlalchemy.testing", "sqlalchemy.ext.mypy", "alembic.testing",
    "unittest", "pydoc", "pydoc_data", "doctest", "lib2to3", "idlelib", "test",
]

# Qt translations kept: Vietnamese is the program's own file; English is Qt's.
KEEP_QT_TRANSLATIONS = {"qt_en.qm", "qtbase_en.qm"}
# Qt plugin folders the program never loads (embedded/Wayland/OpenGL integrations, desktop
# themes that drag in GTK, network information, TLS backends, QML tooling, SQL drivers).
DROP_PLUGIN_DIRS = {
    "egldeviceintegrations", "generic", "networkinformation", "platformthemes", "qmltooling", "sqldrivers",
    "tls", "xcbglintegrations", "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-graphics-integration-server", "wayland-shell-integration", "designer", "vectorimageformats",
}
DROP_PLUGINS = re.compile(
    r"(qeglfs|qlinuxfb|qminimalegl|qvkkhrdisplay|qvnc|qwayland|qdirect2d|qtvirtualkeyboard|"
    r"qicns|qtga|qtiff|qwbmp|qwebp|qpdf|cupsprintersupport)[^/]*$", re.I)
# Libraries needed only by what is dropped above: Qt Quick/QML and friends, Wayland, the
# GTK theme's toolkit stack, CUPS (Linux printing) with its TLS/Kerberos stack, Pillow's
# AVIF/WebP/font/colour-management codecs, and Qt's software OpenGL and Direct3D shader
# compiler on Windows (the widgets paint without OpenGL).
DROP_LIBS = re.compile(
    r"^(lib)?(Qt6(Quick|Qml|Wayland|EglFS|VirtualKeyboard|Designer|Lottie|Labs|PdfQuick|PdfWidgets|Test|Sql|Help|"
    r"UiTools|OpenGLWidgets|WlShell)|"
    r"wayland-|gtk-|gdk-|gdk_pixbuf|atk|atspi|pango|cairo|pixman|fribidi|graphite2|thai|datrie|epoxy|"
    r"Xcomposite|Xcursor|Xdamage|Xfixes|Xi\.|Xinerama|Xrandr|Xrender|"
    r"cups|avahi|gnutls|krb5|k5crypto|gssapi|krb5support|com_err|keyutils|nettle|hogweed|gmp|p11-kit|tasn1|"
    r"idn2|unistring|gio-2|gmodule-2|mount|blkid|selinux|"
    r"avif|webp|sharpyuv|harfbuzz-[0-9a-f]|freetype-[0-9a-f]|lcms2|"
    r"opengl32sw|d3dcompiler_)", re.I)


SHARED_LIBRARY = re.compile(r"(\.so(\.[0-9.]+)?|\.dll|\.dylib)$", re.I)


def wanted(dest: str) -> bool:
    """Whether the file at `dest` (its path inside the bundle) is kept."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if dest.startswith("resources/translations/") and not name.endswith(".qm"):
        return False  # the Linguist sources and their fill scripts are for developers
    if dest.startswith("PySide6/") and "/translations/" in dest:
        return name in KEEP_QT_TRANSLATIONS or name.endswith("_vi.qm")
    if "/plugins/" in dest:
        plugin_dir = dest.split("/plugins/", 1)[1].split("/", 1)[0]
        if plugin_dir in DROP_PLUGIN_DIRS or DROP_PLUGINS.search(dest):
            return False
    if dest.startswith("psycopg_binary"):
        return True  # libpq's own OpenSSL and Kerberos: the office server's TLS
    if not SHARED_LIBRARY.search(name):
        return True  # Python modules and data files are chosen by EXCLUDES, not by name here
    return not DROP_LIBS.search(name)
