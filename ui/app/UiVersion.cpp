#include "app/UiVersion.h"
