# Installers for Windows (NSIS) and macOS (a disk image to drag the app from), made by `cpack` in the build folder
# after a Release build; app/ and packaging/deploy.cmake put Qt next to the app first. Linux's package is a .deb made
# by debian/ through scripts/build-deb.sh, against the system's Qt, so CPack is not used there.
if(NOT WIN32 AND NOT APPLE)
    return()
endif()

set(CPACK_PACKAGE_NAME "ArrScoreExporter")
set(CPACK_PACKAGE_VENDOR "The Arr Score Exporter contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Arr Score Exporter")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_FILE_NAME "arrscore-${PROJECT_VERSION}-windows-${CMAKE_SYSTEM_PROCESSOR}")
    # A Start menu entry for the app (the command line is in the same folder, for a terminal).
    set(CPACK_PACKAGE_EXECUTABLES "arrscore-gui" "Arr Score Exporter")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
    set(CPACK_NSIS_PACKAGE_NAME "Arr Score Exporter")
    set(CPACK_NSIS_DISPLAY_NAME "Arr Score Exporter ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/arrscore.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/arrscore.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\arrscore-gui.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "arrscore-gui.exe")
    # An older version is removed first, so an update never leaves two entries under Apps.
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
else()
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME "arrscore-${PROJECT_VERSION}-macos")
    set(CPACK_DMG_VOLUME_NAME "Arr Score Exporter")
    set(CPACK_DMG_FORMAT UDBZ)
endif()

include(CPack)
