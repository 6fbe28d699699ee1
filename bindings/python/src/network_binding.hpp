#pragma once

// The co-signatory network in hrtext._core.

#include <pybind11/pybind11.h>

void bind_network(pybind11::module_& module);
