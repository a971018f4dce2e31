import .module
