<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>yard::app</name>
    <message>
        <source>Project to open.</source>
        <translation>Proyecto que abrir.</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogFilter</name>
    <message>
        <source>status:%1: use a class (1xx to 5xx) or a code (100 to 599)</source>
        <translation>status:%1: use una clase (1xx a 5xx) o un código (100 a 599)</translation>
    </message>
    <message>
        <source>method:%1: not a method name (GET, POST, …)</source>
        <translation>method:%1: no es un nombre de método (GET, POST, …)</translation>
    </message>
    <message>
        <source>route:%1: use a route number (0, 1, …) or none</source>
        <translation>route:%1: use un número de ruta (0, 1, …) o none</translation>
    </message>
    <message>
        <source>%1:%2: use a time ago (30s, 10m, 2h, 7d) or a date (2024-05-01T12:00:00)</source>
        <translation>%1:%2: use un tiempo transcurrido (30s, 10m, 2h, 7d) o una fecha (2024-05-01T12:00:00)</translation>
    </message>
    <message>
        <source>min:%1: use a duration such as 250us, 100ms or 2s</source>
        <translation>min:%1: use una duración como 250us, 100ms o 2s</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; use one of: server, method, status, path, route, client, since, until, min</source>
        <translation>filtro &apos;%1&apos; desconocido; use uno de: server, method, status, path, route, client, since, until, min</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; write key:value, e.g. status:5xx</source>
        <translation>&apos;%1&apos; no es un término de filtro; escriba clave:valor, p. ej. status:5xx</translation>
    </message>
    <message>
        <source>%1 needs a value after the colon</source>
        <translation>%1 necesita un valor después de los dos puntos</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogQuery</name>
    <message>
        <source>%1: cannot read the request log: %2</source>
        <translation>%1: no se puede leer el registro de solicitudes: %2</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogSchema</name>
    <message>
        <source>written by a newer Yardmaster (log format %1; this one writes format %2)</source>
        <translation>escrito por un Yardmaster más reciente (formato de registro %1; este escribe el formato %2)</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogWriter</name>
    <message>
        <source>cannot switch it to write-ahead logging</source>
        <translation>no se puede pasar al modo de registro WAL (write-ahead logging)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>%1: cannot use it as the request log: %2</source>
        <translation>%1: no se puede usar como registro de solicitudes: %2</translation>
    </message>
    <message>
        <source>%1: the request log stopped writing: %2</source>
        <translation>%1: el registro de solicitudes dejó de escribir: %2</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB; is it a project?</source>
        <translation>el archivo ocupa más de 16 MiB; ¿es un proyecto?</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectReader</name>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; add it (%2)</source>
        <translation>falta &quot;%1&quot;; añádalo (%2)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>debe ser un número entero, no %1</translation>
    </message>
    <message>
        <source>%1 is out of range (use %2)</source>
        <translation>%1 está fuera de rango (use %2)</translation>
    </message>
    <message>
        <source>must be an object {…}, not %1</source>
        <translation>debe ser un objeto {…}, no %1</translation>
    </message>
    <message>
        <source>must be an array […], not %1</source>
        <translation>debe ser un array […], no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of %2; remove it or use one of: %3</source>
        <translation>&quot;%1&quot; no es un ajuste de %2; quítelo o use uno de: %3</translation>
    </message>
    <message>
        <source>0 to 86400 seconds; Chromium keeps at most 7200</source>
        <translation>de 0 a 86400 segundos; Chromium guarda como máximo 7200</translation>
    </message>
    <message>
        <source>credentials cannot go with &quot;origins&quot;: &quot;*&quot; (browsers refuse it, per the Fetch standard); list the origins instead</source>
        <translation>credentials no puede ir con &quot;origins&quot;: &quot;*&quot; (los navegadores lo rechazan, según el estándar Fetch); enumere los orígenes</translation>
    </message>
    <message>
        <source>cors</source>
        <translation>cors</translation>
    </message>
    <message>
        <source>&quot;origins&quot; is missing; add it (&quot;*&quot; or a list such as [&quot;http://localhost:3000&quot;])</source>
        <translation>falta &quot;origins&quot;; añádalo (&quot;*&quot; o una lista como [&quot;http://localhost:3000&quot;])</translation>
    </message>
    <message>
        <source>must be &quot;*&quot; or a list of origins, such as [&quot;http://localhost:3000&quot;]</source>
        <translation>debe ser &quot;*&quot; o una lista de orígenes, como [&quot;http://localhost:3000&quot;]</translation>
    </message>
    <message>
        <source>list at least one origin, or use &quot;*&quot; for any</source>
        <translation>indique al menos un origen, o use &quot;*&quot; para cualquiera</translation>
    </message>
    <message>
        <source>&quot;*&quot; stands alone; write &quot;origins&quot;: &quot;*&quot;</source>
        <translation>&quot;*&quot; va solo; escriba &quot;origins&quot;: &quot;*&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin (use scheme://host:port, such as &quot;http://localhost:3000&quot;)</source>
        <translation>&quot;%1&quot; no es un origen (use scheme://host:port, como &quot;http://localhost:3000&quot;)</translation>
    </message>
    <message>
        <source>browsers send this origin as &quot;%1&quot;; write it so</source>
        <translation>los navegadores envían este origen como &quot;%1&quot;; escríbalo así</translation>
    </message>
    <message>
        <source>must be an HTTP method, such as &quot;PUT&quot;</source>
        <translation>debe ser un método HTTP, como &quot;PUT&quot;</translation>
    </message>
    <message>
        <source>must be a header name, such as &quot;Content-Type&quot;</source>
        <translation>debe ser un nombre de cabecera, como &quot;Content-Type&quot;</translation>
    </message>
    <message>
        <source>methods are case-sensitive; write &quot;%1&quot;</source>
        <translation>los métodos distinguen mayúsculas y minúsculas; escriba &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera (solo letras, dígitos y !#$%&amp;&apos;*+-.^_`|~)</translation>
    </message>
    <message>
        <source>%1 is set by Yardmaster itself; remove it</source>
        <translation>Yardmaster ya establece %1; elimínelo</translation>
    </message>
    <message>
        <source>%1 belongs to CORS; set &quot;cors&quot; on the server or the route instead</source>
        <translation>%1 pertenece a CORS; configure &quot;cors&quot; en el servidor o en la ruta</translation>
    </message>
    <message>
        <source>a header value must be a string</source>
        <translation>el valor de una cabecera debe ser una cadena</translation>
    </message>
    <message>
        <source>a header value must be on one line</source>
        <translation>el valor de una cabecera debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>1 to 1000000</source>
        <translation>de 1 a 1000000</translation>
    </message>
    <message>
        <source>1 to 1000000 requests</source>
        <translation>de 1 a 1000000 solicitudes</translation>
    </message>
    <message>
        <source>list at least one path prefix, or remove &quot;paths&quot; to limit every path</source>
        <translation>indique al menos un prefijo de path, o quite &quot;paths&quot; para limitar todos los paths</translation>
    </message>
    <message>
        <source>must be a path prefix starting with &quot;/&quot;, such as &quot;/api&quot;</source>
        <translation>debe ser un prefijo de path que empiece por &quot;/&quot;, como &quot;/api&quot;</translation>
    </message>
    <message>
        <source>rateLimit</source>
        <translation>rateLimit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error status (use 400 to 599, such as &quot;404&quot;)</source>
        <translation>&quot;%1&quot; no es un estado de error (use de 400 a 599, como &quot;404&quot;)</translation>
    </message>
    <message>
        <source>must be the path of a file, such as &quot;errors/404.html&quot;</source>
        <translation>debe ser la ruta de un archivo, como &quot;errors/404.html&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (relative paths start at the project file&apos;s folder, %2)</source>
        <translation>&quot;%1&quot; no existe (las rutas relativas parten de la carpeta del archivo de proyecto, %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a file</source>
        <translation>&quot;%1&quot; es una carpeta; indique la ruta de un archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 1 MiB; an error page should be small</source>
        <translation>&quot;%1&quot; ocupa más de 1 MiB; una página de error debe ser pequeña</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>no se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;{{%2}}&quot;; an error page has no path captures (use query.X, header.X or body.X)</source>
        <translation>&quot;%1&quot; usa &quot;{{%2}}&quot;; una página de error no tiene parámetros de path (use query.X, header.X o body.X)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;*&quot; may only be the last segment (&quot;/files/*&quot;)</source>
        <translation>&quot;*&quot; solo puede ser el último segmento (&quot;/files/*&quot;)</translation>
    </message>
    <message>
        <source>&quot;*&quot; must be a whole segment (&quot;/files/*&quot;, not &quot;/files*&quot;)</source>
        <translation>&quot;*&quot; debe ser un segmento completo (&quot;/files/*&quot;, no &quot;/files*&quot;)</translation>
    </message>
    <message>
        <source>a capture starts its segment (&quot;/users/:id&quot;)</source>
        <translation>un parámetro empieza su segmento (&quot;/users/:id&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capture name (use letters, digits and _, starting with a letter)</source>
        <translation>&quot;%1&quot; no es un nombre de parámetro (use letras, dígitos y _, empezando por una letra)</translation>
    </message>
    <message>
        <source>&quot;:%1&quot; is captured twice; give each capture its own name</source>
        <translation>&quot;:%1&quot; aparece dos veces; dé a cada parámetro su propio nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with &quot;/&quot;</source>
        <translation>&quot;%1&quot; debe empezar por &quot;/&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space or control character; percent-encode it</source>
        <translation>&quot;%1&quot; contiene un espacio o un carácter de control; use la codificación por porcentaje</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;; routes match the path only, remove the query</source>
        <translation>&quot;%1&quot; contiene &quot;%2&quot;; las rutas solo comparan el path, quite la cadena de consulta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment (&quot;//&quot;); remove the extra &quot;/&quot;</source>
        <translation>&quot;%1&quot; tiene un segmento vacío (&quot;//&quot;); quite la &quot;/&quot; sobrante</translation>
    </message>
    <message>
        <source>this file was written by a newer Yardmaster (format %1); this one reads format %2 and older, update Yardmaster</source>
        <translation>este archivo lo escribió un Yardmaster más reciente (formato %1); este lee el formato %2 y anteriores, actualice Yardmaster</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>a server must be an object {&quot;name&quot;: …, &quot;port&quot;: …}</source>
        <translation>un servidor debe ser un objeto {&quot;name&quot;: …, &quot;port&quot;: …}</translation>
    </message>
    <message>
        <source>a server needs a name, such as &quot;web&quot;</source>
        <translation>un servidor necesita un nombre, como &quot;web&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on (use 127.0.0.1, ::1, localhost, or 0.0.0.0 for every interface)</source>
        <translation>&quot;%1&quot; no es una dirección en la que escuchar (use 127.0.0.1, ::1, localhost, o 0.0.0.0 para todas las interfaces)</translation>
    </message>
    <message>
        <source>0 to 65535; 0 picks a free port</source>
        <translation>de 0 a 65535; 0 elige un puerto libre</translation>
    </message>
    <message>
        <source>1 to 64 threads</source>
        <translation>de 1 a 64 hilos</translation>
    </message>
    <message>
        <source>a server</source>
        <translation>un servidor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cookie name (no spaces, &quot;=&quot; or &quot;;&quot;)</source>
        <translation>&quot;%1&quot; no es un nombre de cookie (sin espacios, &quot;=&quot; ni &quot;;&quot;)</translation>
    </message>
    <message>
        <source>0 to 34560000 seconds, 400 days</source>
        <translation>de 0 a 34560000 segundos, 400 días</translation>
    </message>
    <message>
        <source>must be a path starting with &quot;/&quot;, such as &quot;/dashboard&quot;</source>
        <translation>debe ser un path que empiece por &quot;/&quot;, como &quot;/dashboard&quot;</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>0 for no limit, or more</source>
        <translation>0 para no limitar, o más</translation>
    </message>
    <message>
        <source>0 for no limit, up to 3650 days</source>
        <translation>0 para no limitar, hasta 3650 días</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>0 or more bytes</source>
        <translation>0 bytes o más</translation>
    </message>
    <message>
        <source>1024 to 1048576 bytes</source>
        <translation>de 1024 a 1048576 bytes</translation>
    </message>
    <message>
        <source>100 to 600000 milliseconds</source>
        <translation>de 100 a 600000 milisegundos</translation>
    </message>
    <message>
        <source>100 to 3600000 milliseconds</source>
        <translation>de 100 a 3600000 milisegundos</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <source>another server is already named &quot;%1&quot;; give each server its own name</source>
        <translation>otro servidor ya se llama &quot;%1&quot;; dé a cada servidor su propio nombre</translation>
    </message>
    <message>
        <source>another server already listens on %1; use another port</source>
        <translation>otro servidor ya escucha en %1; use otro puerto</translation>
    </message>
    <message>
        <source>a project is a JSON object {&quot;version&quot;: 1, &quot;servers&quot;: […]}</source>
        <translation>un proyecto es un objeto JSON {&quot;version&quot;: 1, &quot;servers&quot;: […]}</translation>
    </message>
    <message>
        <source>1 for this file format</source>
        <translation>1 para este formato de archivo</translation>
    </message>
    <message>
        <source>add at least one server</source>
        <translation>añada al menos un servidor</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>un proyecto</translation>
    </message>
    <message>
        <source>a route must be an object {&quot;path&quot;: …, &quot;action&quot;: …}</source>
        <translation>una ruta debe ser un objeto {&quot;path&quot;: …, &quot;action&quot;: …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (use respond, redirect, static, proxy, websocket, sse or health)</source>
        <translation>&quot;%1&quot; no es una acción (use respond, redirect, static, proxy, websocket, sse o health)</translation>
    </message>
    <message>
        <source>a %1 route mounts a prefix; remove the &quot;:&quot; capture (&quot;/assets&quot; or &quot;/assets/*&quot;)</source>
        <translation>una ruta %1 sirve un prefijo; quite el parámetro &quot;:&quot; (&quot;/assets&quot; o &quot;/assets/*&quot;)</translation>
    </message>
    <message>
        <source>a %1 route</source>
        <translation>una ruta %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method (use GET, POST, … or &quot;*&quot; for any)</source>
        <translation>&quot;%1&quot; no es un método HTTP (use GET, POST, … o &quot;*&quot; para cualquiera)</translation>
    </message>
    <message>
        <source>200 to 599</source>
        <translation>de 200 a 599</translation>
    </message>
    <message>
        <source>0 to 60000 milliseconds</source>
        <translation>de 0 a 60000 milisegundos</translation>
    </message>
    <message>
        <source>a route has &quot;body&quot; or &quot;bodyFile&quot;, not both; remove one</source>
        <translation>una ruta tiene &quot;body&quot; o &quot;bodyFile&quot;, no ambos; quite uno</translation>
    </message>
    <message>
        <source>a %1 response has no body; remove the body or use 200</source>
        <translation>una respuesta %1 no tiene cuerpo; quite el cuerpo o use 200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redirect target (use a path such as &quot;/new-page&quot; or an http(s):// URL)</source>
        <translation>&quot;%1&quot; no es un destino de redirección (use un path como &quot;/new-page&quot; o una URL http(s)://)</translation>
    </message>
    <message>
        <source>301 to 308</source>
        <translation>de 301 a 308</translation>
    </message>
    <message>
        <source>%1 is not a redirect status (use 301, 302, 303, 307 or 308)</source>
        <translation>%1 no es un estado de redirección (use 301, 302, 303, 307 o 308)</translation>
    </message>
    <message>
        <source>0 to 315360000 seconds, ten years</source>
        <translation>de 0 a 315360000 segundos, diez años</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upstream URL (use http://HOST:PORT with an optional path, such as &quot;http://127.0.0.1:3000&quot;)</source>
        <translation>&quot;%1&quot; no es una URL de upstream (use http://HOST:PORT con un path opcional, como &quot;http://127.0.0.1:3000&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file; a static root must be a folder</source>
        <translation>&quot;%1&quot; es un archivo; la raíz de una carpeta estática debe ser una carpeta</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (it has none; add &quot;:%2&quot; to the path)</source>
        <translation>%1 no es un parámetro del path de esta ruta (no tiene ninguno; añada &quot;:%2&quot; al path)</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (captures: %2)</source>
        <translation>%1 no es un parámetro del path de esta ruta (parámetros: %2)</translation>
    </message>
    <message>
        <source>%1 does not name a header (write header.NAME, such as header.User-Agent)</source>
        <translation>%1 no designa una cabecera (escriba header.NAME, como header.User-Agent)</translation>
    </message>
    <message>
        <source>%1 is not a body field path (use names and indices separated by dots, such as body.user.name or body.items.0)</source>
        <translation>%1 no es una ruta de campo del cuerpo (use nombres e índices separados por puntos, como body.user.name o body.items.0)</translation>
    </message>
    <message>
        <source>%1 does not name a query parameter (write query.NAME, such as query.page)</source>
        <translation>%1 no designa un parámetro de consulta (escriba query.NAME, como query.page)</translation>
    </message>
    <message>
        <source>%1 is not a session value (use session.user)</source>
        <translation>%1 no es un valor de sesión (use session.user)</translation>
    </message>
    <message>
        <source>%1 is not a template value (use params.X, query.X, header.X, body.X or session.user)</source>
        <translation>%1 no es un valor de plantilla (use params.X, query.X, header.X, body.X o session.user)</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed; write &quot;}}&quot; after the value name</source>
        <translation>&quot;{{&quot; no está cerrado; escriba &quot;}}&quot; después del nombre del valor</translation>
    </message>
    <message>
        <source>needs the server&apos;s &quot;sessions&quot; settings, such as &quot;sessions&quot;: {&quot;protect&quot;: []}</source>
        <translation>necesita los ajustes &quot;sessions&quot; del servidor, por ejemplo &quot;sessions&quot;: {&quot;protect&quot;: []}</translation>
    </message>
    <message>
        <source>must be a plain path starting with &quot;/&quot; (no query, &quot;*&quot; or &quot;:&quot;), such as &quot;/login&quot;</source>
        <translation>debe ser una ruta simple que empiece por &quot;/&quot; (sin consulta, &quot;*&quot; ni &quot;:&quot;), por ejemplo &quot;/login&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;, not starting with a digit), such as &quot;WEB_API_KEYS&quot;</source>
        <translation>&quot;%1&quot; no es un nombre de variable de entorno (letras, dígitos y &quot;_&quot;, sin empezar por un dígito), por ejemplo &quot;WEB_API_KEYS&quot;</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyExchange</name>
    <message>
        <source>connection failed (%1)</source>
        <translation>falló la conexión (%1)</translation>
    </message>
    <message>
        <source>it closed the connection without answering</source>
        <translation>cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>it did not accept a connection within %1 ms</source>
        <translation>no aceptó la conexión en %1 ms</translation>
    </message>
    <message>
        <source>it did not answer within %1 ms</source>
        <translation>no respondió en %1 ms</translation>
    </message>
    <message>
        <source>it sent nothing for %1 ms</source>
        <translation>no envió nada durante %1 ms</translation>
    </message>
    <message>
        <source>504 Gateway Timeout</source>
        <translation>504 Tiempo de espera de la puerta de enlace agotado</translation>
    </message>
    <message>
        <source>502 Bad Gateway</source>
        <translation>502 Puerta de enlace incorrecta</translation>
    </message>
    <message>
        <source>Is your dev server running on %1?</source>
        <translation>¿Está en marcha su servidor de desarrollo en %1?</translation>
    </message>
    <message>
        <source>Yardmaster could not get an answer from the upstream %1: %2.</source>
        <translation>Yardmaster no obtuvo respuesta del upstream %1: %2.</translation>
    </message>
    <message>
        <source>its response was not valid HTTP (%1)</source>
        <translation>su respuesta no era HTTP válido (%1)</translation>
    </message>
    <message>
        <source>it switched protocols without being asked to</source>
        <translation>cambió de protocolo sin que se le pidiera</translation>
    </message>
    <message>
        <source>its chunked body was malformed</source>
        <translation>su cuerpo chunked estaba mal formado</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyTarget</name>
    <message>
        <source>the upstream host %1 does not resolve: %2</source>
        <translation>el host upstream %1 no se resuelve: %2</translation>
    </message>
</context>
<context>
    <name>yard::routing::LoginPage</name>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Demasiados intentos. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>yard::routing::RouteTable</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: sessions need a data folder for their key and users</source>
        <translation>%1: las sesiones necesitan una carpeta de datos para su clave y los usuarios</translation>
    </message>
</context>
<context>
    <name>yard::server::ServerInstance</name>
    <message>
        <source>%1: &quot;%2&quot; is not an address to listen on</source>
        <translation>%1: &quot;%2&quot; no es una dirección en la que escuchar</translation>
    </message>
    <message>
        <source>%1: cannot listen on %2:%3: %4</source>
        <translation>%1: no se puede escuchar en %2:%3: %4</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (1 to 64 characters, no spaces)</source>
        <translation>&quot;%1&quot; no es un nombre de usuario (de 1 a 64 caracteres, sin espacios)</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>la contraseña está vacía</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>no hay ningún usuario llamado &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionKeyFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a session key (%2 bytes, expected %3); delete it to make a new one (every session ends)</source>
        <translation>%1 no es una clave de sesión (%2 bytes, se esperaban %3); bórrelo para crear una nueva (terminan todas las sesiones)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>yard::ui::MainWindow</name>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>No project open — open a project file (File ▸ Open), or start with the demo project in resources/demo.</source>
        <translation>No hay ningún proyecto abierto: abra un archivo de proyecto (Archivo ▸ Abrir) o empiece con el proyecto de demostración de resources/demo.</translation>
    </message>
    <message>
        <source>Starting servers from the window is not available yet; run them with: yardmaster serve PROJECT</source>
        <translation>Aún no se pueden iniciar servidores desde la ventana; inícielos con: yardmaster serve PROJECT</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Yardmaster</source>
        <translation>&amp;Acerca de Yardmaster</translation>
    </message>
    <message>
        <source>About Yardmaster</source>
        <translation>Acerca de Yardmaster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Local HTTP and WebSocket servers for web developers.</source>
        <translation>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Servidores HTTP y WebSocket locales para desarrolladores web.</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>%1 tiene %n error y no se ha abierto.</numerusform>
            <numerusform>%1 tiene %n errores y no se ha abierto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  :%2</source>
        <translation>%1  :%2</translation>
    </message>
    <message>
        <source>%1 · http://%2:%3</source>
        <translation>%1 · http://%2:%3</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json);;All files (*)</source>
        <translation>Proyectos de Yardmaster (*.yard.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteListWidget</name>
    <message>
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>carpeta %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>chat rooms</source>
        <translation>salas de chat</translation>
    </message>
    <message>
        <source>server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <source>health check (JSON)</source>
        <translation>comprobación de estado (JSON)</translation>
    </message>
</context>
</TS>
