<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>RouteSummary</name>
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
        <source>&apos;%1&apos; is not a filter term; write key:value, e.g. status:5xx</source>
        <translation>&apos;%1&apos; no es un término de filtro; escriba clave:valor, p. ej. status:5xx</translation>
    </message>
    <message>
        <source>%1 needs a value after the colon</source>
        <translation>%1 necesita un valor después de los dos puntos</translation>
    </message>
    <message>
        <source>connection:%1: use a connection number (1, 2, …)</source>
        <translation>connection:%1: use un número de conexión (1, 2, …)</translation>
    </message>
    <message>
        <source>%1: filters WebSocket and SSE events, not requests</source>
        <translation>%1: filtra eventos WebSocket y SSE, no solicitudes</translation>
    </message>
    <message>
        <source>direction:%1: use in (client to server) or out</source>
        <translation>direction:%1: use in (del cliente al servidor) u out</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; use one of: server, method, status, path, route, client, since, until, min, connection, channel, direction, text</source>
        <translation>filtro desconocido «%1»; use uno de: server, method, status, path, route, client, since, until, min, connection, channel, direction, text</translation>
    </message>
    <message>
        <source>%1 filters requests and %2 filters events: no row can match both</source>
        <translation>%1 filtra solicitudes y %2 filtra eventos: ninguna fila puede cumplir ambos</translation>
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
    <name>yard::logging::LogSpool</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
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
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>no se puede bloquear %1</translation>
    </message>
    <message>
        <source>the spool %1 is damaged</source>
        <translation>el búfer %1 está dañado</translation>
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
    <message>
        <source>0 (none) to 3600000 milliseconds</source>
        <translation>0 (ninguno) a 3600000 milisegundos</translation>
    </message>
    <message>
        <source>0 to 100000 events</source>
        <translation>0 a 100000 eventos</translation>
    </message>
    <message>
        <source>1 to 3600000 milliseconds</source>
        <translation>1 a 3600000 milisegundos</translation>
    </message>
    <message>
        <source>a room pattern has 1 to %1 characters: names and the wildcards * (any run of characters) and ? (one character), such as &quot;team-*&quot;</source>
        <translation>un patrón de sala tiene de 1 a %1 caracteres: nombres y los comodines * (cualquier serie de caracteres) y ? (un carácter), como &quot;team-*&quot;</translation>
    </message>
    <message>
        <source>1 to 10000 rooms</source>
        <translation>1 a 10000 salas</translation>
    </message>
    <message>
        <source>128 to 16777216 bytes</source>
        <translation>128 a 16777216 bytes</translation>
    </message>
    <message>
        <source>0 to 100000; 0 = unlimited</source>
        <translation>0 a 100000; 0 = sin límite</translation>
    </message>
    <message>
        <source>0 to 10000 messages</source>
        <translation>0 a 10000 mensajes</translation>
    </message>
    <message>
        <source>1000 to 3600000 milliseconds</source>
        <translation>1000 a 3600000 milisegundos</translation>
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
    <name>yard::realtime::RoomHistoryStore</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>chat history is no longer saved to %1: %2</source>
        <translation>el historial del chat ya no se guarda en %1: %2</translation>
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
    <name>yard::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>Guardando el usuario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Repita la contraseña:</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Could not add the user: %1</source>
        <translation>No se pudo añadir el usuario: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::CloseChoice</name>
    <message>
        <source>Keep the servers running in the tray?</source>
        <translation>¿Mantener los servidores en marcha en la bandeja del sistema?</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) still running. They can keep serving while the window is closed; the tray icon brings the window back.</source>
        <translation>
            <numerusform>%n servidor sigue en marcha. Puede seguir respondiendo con la ventana cerrada; el icono de la bandeja la vuelve a mostrar.</numerusform>
            <numerusform>%n servidores siguen en marcha. Pueden seguir respondiendo con la ventana cerrada; el icono de la bandeja la vuelve a mostrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Mantener en marcha</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Detener y salir</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;No volver a preguntar</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionTableModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation>Conexiones abiertas:</translation>
    </message>
    <message>
        <source>the server is stopped</source>
        <translation>el servidor está detenido</translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation>Solicitudes atendidas:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibido:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Every open connection of this server: plain HTTP (keep-alive), WebSocket and event streams, with their client, user, rooms and traffic. Kick closes the selected ones; a WebSocket client is told why (close code 1008).</source>
        <translation>Todas las conexiones abiertas de este servidor: HTTP simple (keep-alive), WebSocket y flujos de eventos, con su cliente, usuario, salas y tráfico. «Expulsar» cierra las seleccionadas; un cliente WebSocket recibe el motivo (código de cierre 1008).</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPanel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address, user, protocol, room…</source>
        <translation>Filtrar por dirección, usuario, protocolo, sala…</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Filtrar conexiones</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>Conexiones en vivo</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Expulsar</translation>
    </message>
    <message>
        <source>Close the selected connections</source>
        <translation>Cerrar las conexiones seleccionadas</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>Send a message to the selected WebSocket or event stream</source>
        <translation>Enviar un mensaje al WebSocket o flujo de eventos seleccionado</translation>
    </message>
    <message>
        <source>connection %1 (%2, %3)</source>
        <translation>conexión %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Enviado a %1.</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 ya no existe; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Messages of this connection</source>
        <translation>Mensajes de esta conexión</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Send to This Connection…</source>
        <translation>Enviar a esta conexión…</translation>
    </message>
    <message>
        <source>Send a message to this client as the server</source>
        <translation>Enviar un mensaje a este cliente como el servidor</translation>
    </message>
    <message>
        <source>Event stream, connection %1</source>
        <translation>Flujo de eventos, conexión %1</translation>
    </message>
    <message>
        <source>WebSocket, connection %1</source>
        <translation>WebSocket, conexión %1</translation>
    </message>
    <message>
        <source>Reading its messages…</source>
        <translation>Leyendo sus mensajes…</translation>
    </message>
    <message>
        <source>Cannot read this conversation: %1</source>
        <translation>No se puede leer esta conversación: %1</translation>
    </message>
    <message>
        <source>Published to the channel, not to one connection.</source>
        <translation>Publicado en el canal, no a una conexión.</translation>
    </message>
    <message>
        <source>Open, or ended without its request logged yet.</source>
        <translation>Abierta, o terminada sin que su solicitud esté registrada aún.</translation>
    </message>
    <message>
        <source>%1 %2 → %3 from %4
Open %5 · %6 in · %7 out.</source>
        <translation>%1 %2 → %3 desde %4
Abierta %5 · %6 de entrada · %7 de salida.</translation>
    </message>
    <message>
        <source>Showing its first %L1 messages.</source>
        <translation>Se muestran sus primeros %L1 mensajes.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Sin mensajes.</translation>
    </message>
</context>
<context>
    <name>yard::ui::HeadersEditor</name>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Añadir una cabecera</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>Quitar la cabecera seleccionada</translation>
    </message>
</context>
<context>
    <name>yard::ui::InfoPage</name>
    <message>
        <source>Answers 200 with JSON: status, uptime, open connections and requests served. No settings of its own.</source>
        <translation>Responde 200 con JSON: estado, tiempo en marcha, conexiones abiertas y solicitudes atendidas. Sin ajustes propios.</translation>
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
    <name>yard::ui::LogDetailPane</name>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Select a request to see what the log recorded of it.</source>
        <translation>Seleccione una solicitud para ver lo que el registro guardó de ella.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request (Ctrl+Shift+C)</source>
        <translation>Copiar un comando curl que repite esta solicitud (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>(server address unknown)</source>
        <translation>(dirección del servidor desconocida)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agente de usuario</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(no se envió)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1… (shortened)</source>
        <translation>%1… (acortado)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 µs (first byte in to last byte out)</source>
        <translation>%1 µs (del primer byte recibido al último enviado)</translation>
    </message>
    <message>
        <source>Log row</source>
        <translation>Fila del registro</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>method (kept %1 bytes)</source>
        <translation>método (se guardaron %1 bytes)</translation>
    </message>
    <message>
        <source>target (kept %1 bytes)</source>
        <translation>destino (se guardaron %1 bytes)</translation>
    </message>
    <message>
        <source>client (kept %1 bytes)</source>
        <translation>cliente (se guardaron %1 bytes)</translation>
    </message>
    <message>
        <source>user agent (kept %1 bytes)</source>
        <translation>agente de usuario (se guardaron %1 bytes)</translation>
    </message>
    <message>
        <source>session (kept %1 bytes)</source>
        <translation>sesión (se guardaron %1 bytes)</translation>
    </message>
    <message>
        <source>Cut to fit the log</source>
        <translation>Recortado para caber en el registro</translation>
    </message>
    <message>
        <source>Headers and bodies are not recorded: the request log stores the request line, status, sizes, timing and client of each request, not its header fields or body.</source>
        <translation>Las cabeceras y los cuerpos no se registran: el registro de solicitudes guarda la línea de solicitud, el estado, los tamaños, los tiempos y el cliente de cada solicitud, no sus campos de cabecera ni su cuerpo.</translation>
    </message>
    <message>
        <source>Create Route…</source>
        <translation>Crear ruta…</translation>
    </message>
    <message>
        <source>Create a route from this request</source>
        <translation>Crear una ruta a partir de esta petición</translation>
    </message>
    <message>
        <source>Add a route that answers this request (a mock for a 404, say) and open it in the route editor</source>
        <translation>Añadir una ruta que responda a esta petición (un mock para un 404, por ejemplo) y abrirla en el editor de rutas</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Send this request again</source>
        <translation>Enviar esta petición de nuevo</translation>
    </message>
    <message>
        <source>Send the same method and path to the running server again (the log keeps no body or other headers); the new request joins the log</source>
        <translation>Enviar el mismo método y la misma ruta al servidor en marcha (el registro no guarda cuerpo ni otras cabeceras); la nueva petición se suma al registro</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Repitiendo…</translation>
    </message>
    <message>
        <source>Replayed: %1 in %2 ms</source>
        <translation>Repetida: %1 en %2 ms</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>Falló la repetición: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogExportFile</name>
    <message>
        <source>%1: cannot export: %2</source>
        <translation>%1: no se puede exportar: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogFilterBar</name>
    <message>
        <source>Log filters</source>
        <translation>Filtros del registro</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Show requests of one method only</source>
        <translation>Mostrar solo las solicitudes de un método</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Cualquier método</translation>
    </message>
    <message>
        <source>%1xx</source>
        <translation>%1xx</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Estado %1</translation>
    </message>
    <message>
        <source>Show %1 responses (several chips: any of them)</source>
        <translation>Mostrar las respuestas %1 (varias fichas: cualquiera de ellas)</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>Filtro de path</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Filtro de cliente</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Dirección del cliente</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Expresión de filtro</translation>
    </message>
    <message>
        <source>More filters, as in yardmaster logs --filter: status:404 min:100ms since:10m</source>
        <translation>Más filtros, como en yardmaster logs --filter: status:404 min:100ms since:10m</translation>
    </message>
    <message>
        <source>Filter expression error</source>
        <translation>Error en la expresión de filtro</translation>
    </message>
    <message>
        <source>Any route</source>
        <translation>Cualquier ruta</translation>
    </message>
    <message>
        <source>No route matched</source>
        <translation>Ninguna ruta coincidió</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Filter expression: %1</source>
        <translation>Expresión de filtro: %1</translation>
    </message>
    <message>
        <source>Path or message contains… (* matches anything)</source>
        <translation>La ruta o el mensaje contiene… (* coincide con todo)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>WS</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>WebSocket messages</source>
        <translation>Mensajes WebSocket</translation>
    </message>
    <message>
        <source>Event stream events</source>
        <translation>Eventos de flujo</translation>
    </message>
    <message>
        <source>Show requests in the timeline</source>
        <translation>Mostrar las solicitudes en la cronología</translation>
    </message>
    <message>
        <source>Show WebSocket messages in the timeline</source>
        <translation>Mostrar los mensajes WebSocket en la cronología</translation>
    </message>
    <message>
        <source>Show event stream events in the timeline</source>
        <translation>Mostrar los eventos de flujo en la cronología</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogHealthLabel</name>
    <message>
        <source>Request log health</source>
        <translation>Estado del registro de solicitudes</translation>
    </message>
    <message>
        <source>Not logging: %1</source>
        <translation>Sin registro: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) dropped: the log could not keep up</source>
        <translation>
            <numerusform>%Ln entrada descartada: el registro no dio abasto</numerusform>
            <numerusform>%Ln entradas descartadas: el registro no dio abasto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the log is %Ln record(s) behind: serving comes first, it catches up</source>
        <translation>
            <numerusform>el registro va %Ln entrada por detrás: primero se sirve, luego se pone al día</numerusform>
            <numerusform>el registro va %Ln entradas por detrás: primero se sirve, luego se pone al día</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogPauseBar</name>
    <message>
        <source>Log paused</source>
        <translation>Registro en pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume following the log</source>
        <translation>Volver a seguir el registro</translation>
    </message>
    <message>
        <source>Show the newest rows and follow them again</source>
        <translation>Mostrar las filas más recientes y volver a seguirlas</translation>
    </message>
    <message>
        <source>Paused — no new rows yet</source>
        <translation>En pausa — aún no hay filas nuevas</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new row(s)</source>
        <translation>
            <numerusform>En pausa — %Ln fila nueva</numerusform>
            <numerusform>En pausa — %Ln filas nuevas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogRowModel</name>
    <message>
        <source>%1 bytes in, %2 bytes out</source>
        <translation>%1 bytes recibidos, %2 bytes enviados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>WS</translation>
    </message>
    <message>
        <source>1 recipient</source>
        <translation>1 destinatario</translation>
    </message>
    <message>
        <source>%L1 recipients</source>
        <translation>%L1 destinatarios</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>conexión %1</translation>
    </message>
    <message>
        <source>Delivered to %L1 connections</source>
        <translation>Entregado a %L1 conexiones</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogTable</name>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogView</name>
    <message>
        <source>Request log</source>
        <translation>Registro de solicitudes</translation>
    </message>
    <message>
        <source>No requests yet — they appear here as they arrive.</source>
        <translation>Aún no hay solicitudes: aparecerán aquí a medida que lleguen.</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>Follow new requests</source>
        <translation>Seguir las solicitudes nuevas</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest request in view; scrolling up pauses</source>
        <translation>Mantener visible la solicitud más reciente; desplazarse hacia arriba pausa</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Exportar solicitudes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Selected Rows as CSV…</source>
        <translation>Filas seleccionadas como CSV…</translation>
    </message>
    <message>
        <source>Selected Rows as HAR…</source>
        <translation>Filas seleccionadas como HAR…</translation>
    </message>
    <message>
        <source>All Matching Rows as CSV…</source>
        <translation>Todas las filas coincidentes como CSV…</translation>
    </message>
    <message>
        <source>All Matching Rows as HAR…</source>
        <translation>Todas las filas coincidentes como HAR…</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation>Ninguna solicitud coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>No se puede leer el registro: %1</translation>
    </message>
    <message>
        <source>%1 · following</source>
        <translation>%1 · siguiendo</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · en pausa</translation>
    </message>
    <message>
        <source>Export Selected Requests</source>
        <translation>Exportar las solicitudes seleccionadas</translation>
    </message>
    <message>
        <source>Export Matching Requests</source>
        <translation>Exportar las solicitudes coincidentes</translation>
    </message>
    <message>
        <source>HAR 1.2 (*.har)</source>
        <translation>HAR 1.2 (*.har)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Exported the first %L1 requests to %2 (a HAR file holds at most that many; CSV has no limit)</source>
        <translation>Se exportaron las primeras %L1 solicitudes a %2 (un archivo HAR admite como máximo esa cantidad; CSV no tiene límite)</translation>
    </message>
    <message>
        <source>Exported 1 request to %1</source>
        <translation>Se exportó 1 solicitud a %1</translation>
    </message>
    <message>
        <source>Exported %L1 requests to %2</source>
        <translation>Se exportaron %L1 solicitudes a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n fila mostrada</numerusform>
            <numerusform>%n filas mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not running; nothing can be sent.</source>
        <translation>%1 no está en marcha; no se puede enviar nada.</translation>
    </message>
    <message>
        <source>connection %1 of %2</source>
        <translation>conexión %1 de %2</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Enviado a %1.</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 ya no existe; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>yard::ui::MainWindow</name>
    <message>
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Detalles del servidor</translation>
    </message>
    <message>
        <source>Live figures of the selected server</source>
        <translation>Cifras en directo del servidor seleccionado</translation>
    </message>
    <message>
        <source>No project open — open a project file (File ▸ Open), or start with the demo project.</source>
        <translation>No hay ningún proyecto abierto: abra un archivo de proyecto (Archivo ▸ Abrir) o empiece con el proyecto de demostración.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Abrir el proyecto de demostración</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>The servers keep running. Quit from this icon&apos;s menu.</source>
        <translation>Los servidores siguen en marcha. Salga desde el menú de este icono.</translation>
    </message>
</context>
<context>
    <name>yard::ui::MessageSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>join as %1</source>
        <translation>unirse como %1</translation>
    </message>
    <message>
        <source>joined; members: %1</source>
        <translation>unido; miembros: %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 se unió</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 salió</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>error %1: %2</translation>
    </message>
    <message>
        <source>← out</source>
        <translation>← salida</translation>
    </message>
    <message>
        <source>→ in</source>
        <translation>→ entrada</translation>
    </message>
</context>
<context>
    <name>yard::ui::MetricsStrip</name>
    <message>
        <source>&lt; %1 µs</source>
        <translation>&lt; %1 µs</translation>
    </message>
    <message>
        <source>&lt; %1 ms</source>
        <translation>&lt; %1 ms</translation>
    </message>
    <message>
        <source>Stopped: start the server to see its traffic here.</source>
        <translation>Detenido: inicie el servidor para ver aquí su tráfico.</translation>
    </message>
    <message numerus="yes">
        <source>%1 req/s    p50 %2    p99 %3    engine errors %4 %    %n open connection(s)</source>
        <translation>
            <numerusform>%1 sol./s    p50 %2    p99 %3    errores del motor %4 %    %n conexión abierta</numerusform>
            <numerusform>%1 sol./s    p50 %2    p99 %3    errores del motor %4 %    %n conexiones abiertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>&amp;Start servers when Yardmaster opens</source>
        <translation>&amp;Iniciar los servidores al abrir Yardmaster</translation>
    </message>
    <message>
        <source>When the window &amp;closes with servers running:</source>
        <translation>Al &amp;cerrar la ventana con servidores en marcha:</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Keep them running in the tray</source>
        <translation>Mantenerlos en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation>Detenerlos y salir</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window stops the servers.</source>
        <translation>Este escritorio no tiene bandeja del sistema: cerrar la ventana detiene los servidores.</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Registro de peticiones</translation>
    </message>
    <message>
        <source>For servers whose project file sets no limit of its own. Applies when a server starts.</source>
        <translation>Para servidores cuyo archivo de proyecto no fija un límite propio. Se aplica al iniciar un servidor.</translation>
    </message>
    <message>
        <source>Maximum &amp;rows per server:</source>
        <translation>Máximo de &amp;filas por servidor:</translation>
    </message>
    <message>
        <source>Maximum &amp;age in days:</source>
        <translation>&amp;Antigüedad máxima en días:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
</context>
<context>
    <name>yard::ui::ProjectFileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>%1 tiene %n error y no se abrió.</numerusform>
            <numerusform>%1 tiene %n errores y no se abrió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json)</source>
        <translation>Proyectos de Yardmaster (*.yard.json);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Desea guardarlos?</translation>
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
    <name>yard::ui::ProxyPage</name>
    <message>
        <source>Upstream:</source>
        <translation>Upstream:</translation>
    </message>
    <message>
        <source>Upstream URL</source>
        <translation>URL del upstream</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000 (your app&apos;s dev server)</source>
        <translation>http://127.0.0.1:3000 (el servidor de desarrollo de su aplicación)</translation>
    </message>
    <message>
        <source>Strip the route&apos;s path before forwarding</source>
        <translation>Quitar el path de la ruta antes de reenviar</translation>
    </message>
    <message>
        <source>Send the upstream&apos;s own Host header</source>
        <translation>Enviar la cabecera Host propia del upstream</translation>
    </message>
</context>
<context>
    <name>yard::ui::RedirectPage</name>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Redirect target</source>
        <translation>Destino de la redirección</translation>
    </message>
    <message>
        <source>/new-page, /posts/{{params.slug}} or https://example.com/</source>
        <translation>/new-page, /posts/{{params.slug}} o https://example.com/</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Estado de la redirección</translation>
    </message>
    <message>
        <source>301 or 308: moved for good (308 keeps the method); 302, 303 or 307: for now</source>
        <translation>301 o 308: movido para siempre (308 conserva el método); 302, 303 o 307: por ahora</translation>
    </message>
    <message>
        <source>Keep the query string</source>
        <translation>Conservar la cadena de consulta</translation>
    </message>
</context>
<context>
    <name>yard::ui::RespondPage</name>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Cabeceras:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <source>Body file:</source>
        <translation>Archivo del cuerpo:</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Retardo:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Text or JSON; {{params.id}} and {{query.q}} are filled in</source>
        <translation>Texto o JSON; {{params.id}} y {{query.q}} se rellenan</translation>
    </message>
    <message>
        <source>Body file</source>
        <translation>Archivo del cuerpo</translation>
    </message>
    <message>
        <source>or a file, such as www/page.html</source>
        <translation>o un archivo, como www/page.html</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retardo</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>JSON ✓</source>
        <translation>JSON ✓</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomMemberModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomTableModel</name>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>WebSocket routes:</source>
        <translation>Rutas WebSocket:</translation>
    </message>
    <message>
        <source>none; add a route with the websocket action</source>
        <translation>ninguna; añada una ruta con la acción websocket</translation>
    </message>
    <message>
        <source>The chat rooms open on this server&apos;s websocket routes, with their members. Select a room to speak in it as &quot;server&quot;, close it (its members are told and removed) or kick a member. Clients join rooms with {&quot;type&quot;:&quot;join&quot;,…}.</source>
        <translation>Las salas de chat de las rutas websocket de este servidor, con sus miembros. Seleccione una sala para hablar en ella como «server», cerrarla (se avisa a sus miembros y se los retira) o expulsar a un miembro. Los clientes entran en una sala con {&quot;type&quot;:&quot;join&quot;,…}.</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPanel</name>
    <message>
        <source>Chat rooms</source>
        <translation>Salas de chat</translation>
    </message>
    <message>
        <source>Members of the selected room</source>
        <translation>Miembros de la sala seleccionada</translation>
    </message>
    <message>
        <source>Message to the room, sent as &quot;server&quot;</source>
        <translation>Mensaje a la sala, enviado como «server»</translation>
    </message>
    <message>
        <source>Message to the selected room</source>
        <translation>Mensaje a la sala seleccionada</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message to the selected room</source>
        <translation>Enviar el mensaje a la sala seleccionada</translation>
    </message>
    <message>
        <source>Close room</source>
        <translation>Cerrar sala</translation>
    </message>
    <message>
        <source>Close the selected room and remove its members</source>
        <translation>Cerrar la sala seleccionada y retirar a sus miembros</translation>
    </message>
    <message>
        <source>Kick member</source>
        <translation>Expulsar miembro</translation>
    </message>
    <message>
        <source>Disconnect the selected member</source>
        <translation>Desconectar al miembro seleccionado</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is gone; nothing was sent.</source>
        <translation>La sala «%1» ya no existe; no se envió nada.</translation>
    </message>
    <message>
        <source>Room &quot;%1&quot; closed; its members were told.</source>
        <translation>Sala «%1» cerrada; se avisó a sus miembros.</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is already gone.</source>
        <translation>La sala «%1» ya no existe.</translation>
    </message>
    <message>
        <source>Latest messages of the selected room</source>
        <translation>Últimos mensajes de la sala seleccionada</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteForm</name>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Path:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>&quot;*&quot; answers every method</source>
        <translation>&quot;*&quot; responde a todos los métodos</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>/api/users/:id, /static/*</source>
        <translation>/api/users/:id, /static/*</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Select a route to edit it, or add one with the + button.</source>
        <translation>Seleccione una ruta para editarla o añada una con el botón +.</translation>
    </message>
    <message>
        <source>Edit %1 of route %2</source>
        <translation>Editar %1 de la ruta %2</translation>
    </message>
    <message>
        <source>✗ Not applied: the running server and the project keep the last valid version.</source>
        <translation>✗ No aplicado: el servidor en marcha y el proyecto conservan la última versión válida.</translation>
    </message>
    <message>
        <source>✗ The running server kept its old routes: %1</source>
        <translation>✗ El servidor en marcha conservó sus rutas anteriores: %1</translation>
    </message>
    <message>
        <source>✓ Applied to the running server</source>
        <translation>✓ Aplicado al servidor en marcha</translation>
    </message>
    <message>
        <source>✓ Valid. Start the server to serve it.</source>
        <translation>✓ Válida. Inicie el servidor para servirla.</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteTableModel</name>
    <message>
        <source>Enabled: uncheck to skip this route</source>
        <translation>Activada: desmarque para omitir esta ruta</translation>
    </message>
    <message>
        <source>Disabled: check to serve this route again</source>
        <translation>Desactivada: marque para volver a servir esta ruta</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>cualquier método</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
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
        <source>Does</source>
        <translation>Hace</translation>
    </message>
    <message>
        <source>Enable route %1</source>
        <translation>Activar la ruta %1</translation>
    </message>
    <message>
        <source>Disable route %1</source>
        <translation>Desactivar la ruta %1</translation>
    </message>
    <message>
        <source>Move route %1 to position %2</source>
        <translation>Mover la ruta %1 a la posición %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoutesPage</name>
    <message>
        <source>Routes, in priority order</source>
        <translation>Rutas, por orden de prioridad</translation>
    </message>
    <message>
        <source>Filter routes (Ctrl+F)</source>
        <translation>Filtrar rutas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter routes</source>
        <translation>Filtrar rutas</translation>
    </message>
    <message>
        <source>No routes yet — add one with the + button, or open the demo project (resources/demo/demo.yard.json).</source>
        <translation>Aún no hay rutas: añada una con el botón + o abra el proyecto de demostración (resources/demo/demo.yard.json).</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Añadir ruta</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Quitar ruta</translation>
    </message>
    <message>
        <source>Move up (tried earlier)</source>
        <translation>Subir (se prueba antes)</translation>
    </message>
    <message>
        <source>Move down (tried later)</source>
        <translation>Bajar (se prueba después)</translation>
    </message>
    <message>
        <source>Remove route %1</source>
        <translation>Quitar la ruta %1</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is no longer in the project.</source>
        <translation>El servidor «%1» ya no está en el proyecto.</translation>
    </message>
    <message>
        <source>Create route from request</source>
        <translation>Crear ruta desde una petición</translation>
    </message>
</context>
<context>
    <name>yard::ui::SavedFilters</name>
    <message>
        <source>Saved</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <source>Save this filter under a name, or pick one saved before</source>
        <translation>Guardar este filtro con un nombre o elegir uno guardado</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Ningún filtro guardado</translation>
    </message>
    <message>
        <source>Save Current Filter…</source>
        <translation>Guardar el filtro actual…</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Eliminar un filtro guardado</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
</context>
<context>
    <name>yard::ui::SendToConnectionDialog</name>
    <message>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <source>One event to this reader only, sent as the server; the channel&apos;s other readers do not get it.</source>
        <translation>Un evento solo para este lector, enviado por el servidor; los demás lectores del canal no lo reciben.</translation>
    </message>
    <message>
        <source>One text frame to this client only, sent as the server, exactly as typed.</source>
        <translation>Un marco de texto solo para este cliente, enviado por el servidor, tal como se escribió.</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Texto a enviar</translation>
    </message>
    <message>
        <source>The event&apos;s data; each line becomes a data line</source>
        <translation>Los datos del evento; cada línea se convierte en una línea data</translation>
    </message>
    <message>
        <source>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;hello&quot;}</source>
        <translation>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;hola&quot;}</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>An event name is one line of at most 64 bytes.</source>
        <translation>Un nombre de evento es una línea de 64 bytes como máximo.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1); it is sent as typed all the same.</source>
        <translation>JSON no válido (%1); se envía igualmente tal como se escribió.</translation>
    </message>
</context>
<context>
    <name>yard::ui::ServerListModel</name>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>restart to apply</source>
        <translation>reiniciar para aplicar</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>sol./s</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Con.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: write a port, or HOST:PORT</source>
        <translation>&quot;%1&quot; no es una dirección: escriba un puerto o HOST:PORT</translation>
    </message>
    <message>
        <source>Edit server %1</source>
        <translation>Editar el servidor %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::ServerListPanel</name>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Double-click a name, or a stopped server&apos;s address, to change it</source>
        <translation>Haga doble clic en un nombre, o en la dirección de un servidor detenido, para cambiarlo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the selected server</source>
        <translation>Iniciar el servidor seleccionado</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the selected server (in-flight requests finish first)</source>
        <translation>Detener el servidor seleccionado (las solicitudes en curso terminan antes)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Restart the selected server: takes in a new address or limits</source>
        <translation>Reiniciar el servidor seleccionado: aplica una nueva dirección o nuevos límites</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected server on the next free port</source>
        <translation>Duplicar el servidor seleccionado en el siguiente puerto libre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>Quitar el servidor seleccionado</translation>
    </message>
    <message>
        <source>server-%1</source>
        <translation>server-%1</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>Duplicar servidor</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Quitar servidor</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionTableModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <source>off for this server</source>
        <translation>desactivadas en este servidor</translation>
    </message>
    <message>
        <source>Cookie:</source>
        <translation>Cookie:</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Duración:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected paths:</source>
        <translation>Paths protegidos:</translation>
    </message>
    <message>
        <source>Sign-in page:</source>
        <translation>Página de inicio de sesión:</translation>
    </message>
    <message>
        <source>Who is signed in to this server, and the users who can sign in. Sessions are kept in the data folder, so they outlive a restart.</source>
        <translation>Quién ha iniciado sesión en este servidor y los usuarios que pueden iniciarla. Las sesiones se guardan en la carpeta de datos, así que sobreviven a un reinicio.</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPanel</name>
    <message>
        <source>Sessions are off for this server. To turn them on, add a &quot;sessions&quot; block to the server in the project file (for example {&quot;protect&quot;: [&quot;/admin&quot;]}); signed-in users and their sessions then appear here.</source>
        <translation>Las sesiones están desactivadas en este servidor. Para activarlas, añada un bloque &quot;sessions&quot; al servidor en el archivo de proyecto (por ejemplo {&quot;protect&quot;: [&quot;/admin&quot;]}); los usuarios con sesión iniciada y sus sesiones aparecerán aquí.</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Sesiones iniciadas</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>End the selected session</source>
        <translation>Terminar la sesión seleccionada</translation>
    </message>
    <message>
        <source>End all</source>
        <translation>Terminar todas</translation>
    </message>
    <message>
        <source>End every session of this server</source>
        <translation>Terminar todas las sesiones de este servidor</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Users who can sign in</source>
        <translation>Usuarios que pueden iniciar sesión</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>Remove the selected user</source>
        <translation>Quitar el usuario seleccionado</translation>
    </message>
    <message>
        <source>The sessions database cannot be opened: %1</source>
        <translation>No se puede abrir la base de datos de sesiones: %1</translation>
    </message>
    <message>
        <source>Remove the user %1? Their sessions end on every server.</source>
        <translation>¿Quitar el usuario %1? Sus sesiones terminan en todos los servidores.</translation>
    </message>
    <message>
        <source>Could not remove the user: %1</source>
        <translation>No se pudo quitar el usuario: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::SsePage</name>
    <message>
        <source>Server-Sent Events: a client reads the channel its path names below the route (/events/news reads &quot;news&quot;) and resumes after Last-Event-ID.</source>
        <translation>Server-Sent Events: un cliente lee el canal que nombra su ruta bajo la ruta configurada (/events/news lee «news») y continúa tras Last-Event-ID.</translation>
    </message>
    <message>
        <source>Heartbeat every:</source>
        <translation>Latido cada:</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>Intervalo de latido</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Replay buffer:</source>
        <translation>Búfer de reenvío:</translation>
    </message>
    <message>
        <source>Events kept per channel for reconnecting readers</source>
        <translation>Eventos guardados por canal para lectores que se reconectan</translation>
    </message>
    <message>
        <source> events</source>
        <translation> eventos</translation>
    </message>
    <message>
        <source>Reconnect after:</source>
        <translation>Reconectar tras:</translation>
    </message>
    <message>
        <source>Reconnection delay sent to readers</source>
        <translation>Espera de reconexión enviada a los lectores</translation>
    </message>
    <message>
        <source>browser default</source>
        <translation>predeterminado del navegador</translation>
    </message>
    <message>
        <source>POST to a channel publishes an event</source>
        <translation>Un POST a un canal publica un evento</translation>
    </message>
</context>
<context>
    <name>yard::ui::StaticPage</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Cache for:</source>
        <translation>Caché durante:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>www (relative to the project file)</source>
        <translation>www (relativo al archivo de proyecto)</translation>
    </message>
    <message>
        <source>Cache lifetime</source>
        <translation>Duración de la caché</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Immutable (files never change under their name)</source>
        <translation>Inmutable (los archivos nunca cambian con el mismo nombre)</translation>
    </message>
    <message>
        <source>List folders without an index.html</source>
        <translation>Listar las carpetas sin index.html</translation>
    </message>
    <message>
        <source>Single-page app: unknown paths get index.html</source>
        <translation>Aplicación de una sola página: los paths desconocidos reciben index.html</translation>
    </message>
    <message>
        <source>Folder to serve</source>
        <translation>Carpeta que servir</translation>
    </message>
</context>
<context>
    <name>yard::ui::StatusTotals</name>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) running</source>
        <translation>
            <numerusform>%1 de %n servidor en marcha</numerusform>
            <numerusform>%1 de %n servidores en marcha</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 sol./s</translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n conexión abierta</numerusform>
            <numerusform>%n conexiones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests served</source>
        <translation>%1 solicitudes atendidas</translation>
    </message>
</context>
<context>
    <name>yard::ui::TrayIcon</name>
    <message>
        <source>Show Yardmaster</source>
        <translation>Mostrar Yardmaster</translation>
    </message>
    <message>
        <source>Stop all servers</source>
        <translation>Detener todos los servidores</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>Yardmaster: %1 of %n server(s) running</source>
        <translation>
            <numerusform>Yardmaster: %1 de %n servidor en marcha</numerusform>
            <numerusform>Yardmaster: %1 de %n servidores en marcha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::TryItPanel</name>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Send this route&apos;s request to the running server</source>
        <translation>Enviar la solicitud de esta ruta al servidor en marcha</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy a curl command line for this request</source>
        <translation>Copiar una línea de comandos curl para esta solicitud</translation>
    </message>
    <message>
        <source>Start the server to try this route.</source>
        <translation>Inicie el servidor para probar esta ruta.</translation>
    </message>
    <message>
        <source>Streams and WebSockets are tried with a client, not here.</source>
        <translation>Los flujos y los WebSockets se prueban con un cliente, no aquí.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Enviando %1 %2…</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>
… (only the first %1 KiB shown)</source>
        <translation>
… (solo se muestran los primeros %1 KiB)</translation>
    </message>
</context>
<context>
    <name>yard::ui::WebSocketPage</name>
    <message>
        <source>Chat rooms over WebSocket: clients send {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} and messages; every member of a room receives them. History is kept in the data folder across restarts.</source>
        <translation>Salas de chat por WebSocket: los clientes envían {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} y mensajes; todos los miembros de una sala los reciben. El historial se guarda en la carpeta de datos entre reinicios.</translation>
    </message>
    <message>
        <source>Allowed rooms:</source>
        <translation>Salas permitidas:</translation>
    </message>
    <message>
        <source>Allowed rooms</source>
        <translation>Salas permitidas</translation>
    </message>
    <message>
        <source>any room; or a pattern such as team-* (* and ? wildcards)</source>
        <translation>cualquier sala; o un patrón como team-* (comodines * y ?)</translation>
    </message>
    <message>
        <source>Rooms per connection:</source>
        <translation>Salas por conexión:</translation>
    </message>
    <message>
        <source>Rooms per connection</source>
        <translation>Salas por conexión</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Mensaje más grande:</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Mensaje más grande</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>A larger message closes the connection (code 1009)</source>
        <translation>Un mensaje mayor cierra la conexión (código 1009)</translation>
    </message>
    <message>
        <source>Messages per second:</source>
        <translation>Mensajes por segundo:</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>History per room:</source>
        <translation>Historial por sala:</translation>
    </message>
    <message>
        <source>History per room</source>
        <translation>Historial por sala</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> mensajes</translation>
    </message>
    <message>
        <source>Ping a silent client after:</source>
        <translation>Hacer ping a un cliente en silencio tras:</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Intervalo de ping</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
</context>
</TS>
