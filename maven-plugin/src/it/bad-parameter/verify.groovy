def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value 'sometimes' for ormcheck.failOn: accepted values are error, warning, never")
