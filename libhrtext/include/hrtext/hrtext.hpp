#pragma once

// Everything a user of libhrtext includes.

#include "hrtext/analysis.hpp"
#include "hrtext/analyzer.hpp"
#include "hrtext/citations.hpp"
#include "hrtext/dates.hpp"
#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/error.hpp"
#include "hrtext/network.hpp"
#include "hrtext/reader.hpp"
#include "hrtext/signatories.hpp"
#include "hrtext/version.hpp"
