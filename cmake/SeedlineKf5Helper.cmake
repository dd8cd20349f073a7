# SPDX-FileCopyrightText: 2026 Seedline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# seedline-kf5-highlighter (helpers/kf5-highlighter), the source pane's line-by-line highlighter for
# systems whose KSyntaxHighlighting is built for Qt 5 only (Debian 12). Qt 5 and Qt 6 cannot be
# found in one CMake project, so the helper is a project of its own, built as an ExternalProject
# when KF5SyntaxHighlighting's and Qt 5's CMake packages are installed (libkf5syntaxhighlighting-dev).
# Without them Seedline highlights with kate-syntax-highlighter, or not at all.
#
# Sets SEEDLINE_KF5_HIGHLIGHTER_BUILT and SEEDLINE_KF5_HIGHLIGHTER_INSTALLED (seedline-config.h).
include(GNUInstallDirs)
option(SEEDLINE_BUILD_KF5_HELPER "Build seedline-kf5-highlighter when KF5SyntaxHighlighting is installed" ON)

set(SEEDLINE_KF5_HIGHLIGHTER_BUILT "")
set(SEEDLINE_KF5_HIGHLIGHTER_INSTALLED "")
if(SEEDLINE_BUILD_APP AND SEEDLINE_BUILD_KF5_HELPER AND NOT SEEDLINE_HAVE_KF6_SYNTAXHIGHLIGHTING)
    # find_package() would define Qt 5 targets beside Qt 6's: look for the files only.
    set(arch_suffixes)
    foreach(pkg IN ITEMS KF5SyntaxHighlighting Qt5Core Qt5Gui)
        list(APPEND arch_suffixes lib/${CMAKE_LIBRARY_ARCHITECTURE}/cmake/${pkg} lib/cmake/${pkg} lib64/cmake/${pkg})
    endforeach()
    find_path(SEEDLINE_KF5_SYNTAX_CMAKE_DIR KF5SyntaxHighlightingConfig.cmake PATH_SUFFIXES ${arch_suffixes})
    find_path(SEEDLINE_QT5_CORE_CMAKE_DIR Qt5CoreConfig.cmake PATH_SUFFIXES ${arch_suffixes})
    if(SEEDLINE_KF5_SYNTAX_CMAKE_DIR AND SEEDLINE_QT5_CORE_CMAKE_DIR)
        include(ExternalProject)
        set(helper_dir "${CMAKE_BINARY_DIR}/helpers/kf5-highlighter")
        ExternalProject_Add(seedline_kf5_highlighter
            SOURCE_DIR "${PROJECT_SOURCE_DIR}/helpers/kf5-highlighter"
            BINARY_DIR "${helper_dir}"
            CMAKE_ARGS
                -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
                -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
                -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
                -DSEEDLINE_WARNINGS_AS_ERRORS=${SEEDLINE_WARNINGS_AS_ERRORS}
                -DKF5SyntaxHighlighting_DIR=${SEEDLINE_KF5_SYNTAX_CMAKE_DIR}
                -DQt5Core_DIR=${SEEDLINE_QT5_CORE_CMAKE_DIR}
            INSTALL_COMMAND ""
            BUILD_ALWAYS ON   # the build tool decides what is out of date
            BUILD_BYPRODUCTS "${helper_dir}/seedline-kf5-highlighter")
        set(SEEDLINE_KF5_HIGHLIGHTER_BUILT "${helper_dir}/seedline-kf5-highlighter")
        set(SEEDLINE_KF5_HIGHLIGHTER_INSTALLED "${CMAKE_INSTALL_FULL_LIBEXECDIR}/seedline/seedline-kf5-highlighter")
        install(PROGRAMS "${helper_dir}/seedline-kf5-highlighter" DESTINATION "${CMAKE_INSTALL_LIBEXECDIR}/seedline")
    endif()
endif()
add_feature_info("seedline-kf5-highlighter" SEEDLINE_KF5_HIGHLIGHTER_BUILT
    "line-by-line highlighting in a Qt 5 helper process (needs libkf5syntaxhighlighting-dev)")
