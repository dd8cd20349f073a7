# SPDX-FileCopyrightText: 2026 Seedline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs at the end of `cmake --install` straight into a prefix: refreshes the MIME database, the
# desktop file cache and the icon cache there, so *.chain.toml files open with Seedline at once.
# Skipped when DESTDIR is set (a package is being staged; dpkg's triggers do this on installation).
# SEEDLINE_INSTALL_DATADIR (set by packaging/CMakeLists.txt) is relative to the prefix or absolute.
if(NOT "$ENV{DESTDIR}" STREQUAL "")
    return()
endif()
set(share "${SEEDLINE_INSTALL_DATADIR}")
if(NOT IS_ABSOLUTE "${share}")
    set(share "${CMAKE_INSTALL_PREFIX}/${share}")
endif()

function(refresh program)
    find_program(found ${program} NO_CACHE)
    if(found)
        execute_process(COMMAND "${found}" ${ARGN} RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
        if(NOT result EQUAL 0)
            message(STATUS "${program} failed (${result}); run it by hand: ${program} ${ARGN}")
        endif()
    endif()
endfunction()

refresh(update-mime-database "${share}/mime")
refresh(update-desktop-database -q "${share}/applications")
# Only an existing icon cache needs refreshing (without one the icons are found by reading the folders).
if(EXISTS "${share}/icons/hicolor/icon-theme.cache")
    refresh(gtk-update-icon-cache -q -t -f "${share}/icons/hicolor")
endif()
