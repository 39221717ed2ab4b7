@echo off
rem Strateg command-line tool. Needs a Java runtime 17 or newer: java on the PATH, or JAVA_HOME set.
rem JAVA_OPTS are passed to the JVM.
setlocal
set "STRATEG_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -Xshare:auto -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%STRATEG_HOME%\lib\strateg.jar" %*
exit /b %ERRORLEVEL%
