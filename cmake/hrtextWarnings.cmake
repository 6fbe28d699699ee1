# The warnings every hrtext target compiles with. The presets turn them into errors
# (CMAKE_COMPILE_WARNING_AS_ERROR); a consumer building hrtext as a subproject is not forced to.
function(hrtext_enable_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
      -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
      # designated initializers that leave members at their defaults are how options are given
      -Wno-missing-field-initializers)
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4)
  endif()
endfunction()
