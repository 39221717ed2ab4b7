@echo off
rem Strateg command-line tool. Needs a Java runtime 17 or newer: java on the PATH, or JAVA_HOME set.
rem JAVA_OPTS are passed to the JVM.
setlocal
set "STRATEG_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
rem strateg serve: the town-hall server runs from its own jar, which holds the tool too
if /i "%~1"=="serve" (
  "%JAVA%" %JAVA_OPTS% -cp "%STRATEG_HOME%\lib\strateg-server.jar" eu.strateg.examples.cli.StrategCli %*
  exit /b %ERRORLEVEL%
)
"%JAVA%" -Xshare:auto -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%STRATEG_HOME%\lib\strateg.jar" %*
exit /b %ERRORLEVEL%
