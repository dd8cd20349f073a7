# SPDX-FileCopyrightText: 2026 Seedline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package: cpack --preset deb (after cmake --preset package and its build), or cpack -G DEB
# in any build directory. dpkg-shlibdeps (dpkg-dev, with file) adds the libraries the binary links;
# the programs and data Seedline runs or reads are listed here.
set(SEEDLINE_PACKAGE_CONTACT "Seedline contributors <seedline@example.invalid>" CACHE STRING
    "The Debian package's maintainer")
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
add_feature_info("dpkg-shlibdeps" DPKG_SHLIBDEPS "the Debian package's library dependencies (cpack -G DEB)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME seedline)
set(CPACK_PACKAGE_VENDOR "Seedline contributors")
set(CPACK_PACKAGE_CONTACT "${SEEDLINE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Seedline shows how software is bootstrapped from a tiny binary seed, step by
step, and what each step really needs: a graph where every requirement carries
its evidence (the order of a script, a chain file, a tool a build script runs,
a mention in the prose).

It reads live-bootstrap's parts.rst, steps/manifest or a whole checkout, its
own chain files (*.chain.toml) and Graphviz DOT files, answers questions like
what else would need Rust if CPython needed it, and exports SVG, PNG, PDF and
DOT from the window or the command line.")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The layout runs Graphviz's dot; exports and the window draw text with DejaVu.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "graphviz, fonts-dejavu-core")
# The source pane highlights with kate-syntax-highlighter where KF6SyntaxHighlighting is missing;
# Qt needs its Wayland plugin for a native Wayland window (else it runs through XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libkf5syntaxhighlighting-tools, qt6-wayland")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
