# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, made by CPack: `scripts/package`, or `cpack` in any build folder.
# What it holds and how it is checked: docs/packaging.md.

set(ALONGSIDE_PACKAGE_MAINTAINER "Alongside developers <developers@alongside.org>" CACHE STRING
    "Name <e-mail> of whoever publishes the Debian package")
set(ALONGSIDE_PACKAGE_RELEASE 1 CACHE STRING "The Debian revision, counting packages of one version")

# The newest release in the AppStream metadata dates the package's Debian changelog.
set(metainfo ${PROJECT_SOURCE_DIR}/resources/org.alongside.Alongside.metainfo.xml.in)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${metainfo})
file(READ ${metainfo} metainfo_text)
if(NOT metainfo_text MATCHES "<release version=\"([^\"]+)\" date=\"([0-9-]+)\"")
    message(FATAL_ERROR "${metainfo} has no release with a version and a date")
endif()
set(release_version ${CMAKE_MATCH_1})
set(release_date ${CMAKE_MATCH_2})
if(NOT release_version STREQUAL PROJECT_VERSION)
    message(WARNING "The newest release in ${metainfo} is ${release_version}, not ${PROJECT_VERSION}: "
                    "add a <release> for ${PROJECT_VERSION}.")
endif()
execute_process(COMMAND date -u -R -d ${release_date}
    OUTPUT_VARIABLE deb_date OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(deb_version ${PROJECT_VERSION}-${ALONGSIDE_PACKAGE_RELEASE})

# Debian's own files: the copyright in its machine-readable form, and the package's
# changelog. `cmake --install` leaves them out (component debian, only in the package);
# the project's changelog goes everywhere.
set(debian_dir ${PROJECT_BINARY_DIR}/debian)
configure_file(resources/debian/copyright.in ${debian_dir}/copyright @ONLY)
configure_file(resources/debian/changelog.in ${debian_dir}/changelog.Debian @ONLY)
set(changelogs ${debian_dir}/changelog.gz ${debian_dir}/changelog.Debian.gz)
add_custom_command(OUTPUT ${changelogs}
    COMMAND sh -c [[gzip -9nc "$0" > "$1"]] ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${debian_dir}/changelog.gz
    COMMAND sh -c [[gzip -9nc "$0" > "$1"]] ${debian_dir}/changelog.Debian ${debian_dir}/changelog.Debian.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${debian_dir}/changelog.Debian
    COMMENT "Compressing the changelogs"
    VERBATIM)
add_custom_target(alongside_changelogs ALL DEPENDS ${changelogs})
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/alongside)
install(FILES ${debian_dir}/changelog.gz DESTINATION ${doc_dir})
install(FILES ${debian_dir}/copyright ${debian_dir}/changelog.Debian.gz DESTINATION ${doc_dir}
    COMPONENT debian EXCLUDE_FROM_ALL)
install(FILES resources/debian/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
    RENAME alongside COMPONENT debian EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME alongside)
set(CPACK_PACKAGE_VENDOR "The Alongside developers")
set(CPACK_PACKAGE_CONTACT ${ALONGSIDE_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "notes and person-centred plans for Local Area Coordinators")
set(CPACK_PACKAGE_DESCRIPTION [[
Alongside is a desktop application for Local Area Coordinators, who walk
alongside individuals and families in one neighbourhood, help them say what a
good life looks like, make a plan with them, and connect them to their
community.

It keeps notes, one-page profiles, visions and goals, circles of support,
community connections, reviews, wellbeing measures and outcome stories in one
encrypted file on the laptop, prints plans for the person to keep, writes the
quarterly return, and shares records within a team through encrypted sync
files, without a server. In Welsh and English.]])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS})

# One package holding the application and Debian's own files.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL Unspecified debian)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)

set(CPACK_DEBIAN_PACKAGE_NAME alongside)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ALONGSIDE_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${ALONGSIDE_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${ALONGSIDE_HOMEPAGE_URL})
# The libraries it links, found by dpkg-shlibdeps; SQLCipher at the version the
# project needs (4.6, bookworm-backports), where dpkg-shlibdeps would accept 4.5; and
# what it loads as plugins, which dpkg-shlibdeps cannot see: Qt's SVG icon engine and
# image format (libqt6svg6). Qt's X11 platform plugin is in libqt6gui6; Wayland's, in
# qt6-wayland, is optional.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsqlcipher1 (>= 4.6)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# `ninja package_source`: the source tree, without builds or version control.
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\.git/" "/\\.cache/")

include(CPack)
