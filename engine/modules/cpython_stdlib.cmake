# Copies one module of CPython's own standard library into the build, unmodified, or with its
# patch applied when Coroscope's interpreter cannot yet run the file as it is (docs/STDLIB.md).
# -DSRC=<the module in /usr/lib/python3.11> -DOUT=<file.py> [-DPATCH=<file.patch>]
# A patch is a unified diff (diff -u) whose first line, before the diff, says why it exists;
# freeze.cmake then strips the module's comments and docstrings as it does ours.
if(NOT EXISTS ${SRC})
  message(FATAL_ERROR "cpython_stdlib.cmake: ${SRC} is missing: install Debian's "
                      "libpython3.11-stdlib (apt-get install libpython3.11-stdlib)")
endif()
if(PATCH)
  find_program(PATCH_PROGRAM NAMES patch REQUIRED)
  execute_process(COMMAND ${PATCH_PROGRAM} --quiet --force --fuzz=0 --no-backup-if-mismatch
                          --reject-file=- -o ${OUT}.tmp ${SRC} ${PATCH}
                  RESULT_VARIABLE status OUTPUT_VARIABLE log ERROR_VARIABLE log)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "cpython_stdlib.cmake: ${PATCH} does not apply to ${SRC} "
                        "(a different CPython 3.11 release? regenerate it):\n${log}")
  endif()
else()
  file(COPY_FILE ${SRC} ${OUT}.tmp)
endif()
file(RENAME ${OUT}.tmp ${OUT})
