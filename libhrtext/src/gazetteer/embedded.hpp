#pragma once

// The data files of libhrtext/data, compiled into the library (cmake/hrtextEmbed.cmake).

#include <string_view>

namespace hrtext::detail {

std::string_view embedded_states_tsv();
std::string_view embedded_un_bodies_tsv();
std::string_view embedded_igos_tsv();
std::string_view embedded_ngos_tsv();
std::string_view embedded_instruments_tsv();

}  // namespace hrtext::detail
