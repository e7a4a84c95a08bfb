<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcceleratorsMenu</name>
    <message>
        <source>&amp;Accelerators</source>
        <translation>A&amp;celeradores</translation>
    </message>
    <message>
        <source>Reading Windows ML&apos;s catalog...</source>
        <translation>Leyendo el catálogo de Windows ML...</translation>
    </message>
    <message>
        <source>Installing the execution provider... {percent}</source>
        <translation>Instalando el proveedor de ejecución... {percent}</translation>
    </message>
    <message>
        <source>No Windows ML catalog on this machine (Windows 11 with the windowsml package)</source>
        <translation>No hay catálogo de Windows ML en este equipo (Windows 11 con el paquete windowsml)</translation>
    </message>
    <message>
        <source>{provider} {version}: installed</source>
        <translation>{provider} {version}: instalado</translation>
    </message>
    <message>
        <source>Install {provider} ({state})...</source>
        <translation>Instalar {provider} ({state})...</translation>
    </message>
    <message>
        <source>Install {provider}?</source>
        <translation>¿Instalar {provider}?</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, certified for this machine).

</source>
        <translation>Windows ML descargará e instalará el proveedor de ejecución {provider} (versión {version}, certificado para este equipo).

</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, not certified for this machine).

</source>
        <translation>Windows ML descargará e instalará el proveedor de ejecución {provider} (versión {version}, no certificado para este equipo).

</translation>
    </message>
    <message>
        <source>Source: {source}; package {package}.

</source>
        <translation>Origen: {source}; paquete {package}.

</translation>
    </message>
    <message>
        <source>This is the only time the app asks Windows to use the network. Install it now?</source>
        <translation>Es la única vez que la aplicación pide a Windows usar la red. ¿Instalarlo ahora?</translation>
    </message>
    <message>
        <source>Installing {provider} through Windows ML...</source>
        <translation>Instalando {provider} mediante Windows ML...</translation>
    </message>
    <message>
        <source>{provider} installed, but onnxruntime refused it: {reason}</source>
        <translation>{provider} está instalado, pero onnxruntime lo rechazó: {reason}</translation>
    </message>
    <message>
        <source>{provider} installed and registered: detection restarts on it</source>
        <translation>{provider} instalado y registrado: la detección se reinicia con él</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Ask me anything, for example: write a short poem about this booth.</source>
        <translation>Pregúnteme lo que quiera, por ejemplo: escribe un poema corto sobre este stand.</translation>
    </message>
    <message>
        <source>All three run on this laptop&apos;s {devices}. Nothing leaves it.</source>
        <translation>Los tres se ejecutan en este portátil ({devices}). Nada sale de él.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>CaptionWindow</name>
    <message>
        <source>{app}: live captions</source>
        <translation>{app}: subtítulos en vivo</translation>
    </message>
</context>
<context>
    <name>ChatComparisonWindow</name>
    <message>
        <source>llama.cpp vs onnxruntime-genai</source>
        <translation>llama.cpp frente a onnxruntime-genai</translation>
    </message>
    <message>
        <source>Name three uses of a laptop camera.</source>
        <translation>Nombra tres usos de la cámara de un portátil.</translation>
    </message>
    <message>
        <source>Compare answers: {what}</source>
        <translation>Comparar respuestas: {what}</translation>
    </message>
    <message>
        <source>Ask both</source>
        <translation>Preguntar a ambos</translation>
    </message>
    <message>
        <source>Ask both sides this question (Enter)</source>
        <translation>Hacer esta pregunta a ambos lados (Intro)</translation>
    </message>
    <message>
        <source>first word {ms} ms · {rate} tokens/s</source>
        <translation>primera palabra {ms} ms · {rate} tokens/s</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <source>Warming up both sides...</source>
        <translation>Calentando ambos lados...</translation>
    </message>
    <message>
        <source>{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)</source>
        <translation>{fast} respondió {ratio}x más rápido que {slow} ({fast_rate} frente a {slow_rate} tokens/s)</translation>
    </message>
    <message>
        <source>Answering, one side after the other...</source>
        <translation>Respondiendo, un lado tras otro...</translation>
    </message>
</context>
<context>
    <name>ChatHistoryBar</name>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected chat from this computer</source>
        <translation>Eliminar el chat seleccionado de este equipo</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <source>Save the selected chat as Markdown</source>
        <translation>Guardar el chat seleccionado como Markdown</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <source>Delete this conversation from this computer?</source>
        <translation>¿Eliminar esta conversación de este equipo?</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>Exportar chat como Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Chat exported to {path}</source>
        <translation>Chat exportado a {path}</translation>
    </message>
</context>
<context>
    <name>ChatModelPicker</name>
    <message>
        <source>{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}</source>
        <translation>{model} · {mb} MB · {quantization} · contexto {context} · {engine} en {device}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Inference engine: Auto takes onnxruntime-genai where a variant of the model reaches the NPU or GPU, else the faster engine on this CPU (measured once); llama.cpp for a GGUF file</source>
        <translation>Motor de inferencia: Auto usa onnxruntime-genai donde una variante del modelo llega a la NPU o la GPU; si no, el motor más rápido en esta CPU (medido una vez); llama.cpp para un archivo GGUF</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>{engine}: unavailable</source>
        <translation>{engine}: no disponible</translation>
    </message>
    <message>
        <source>Model (Ctrl+Shift+O opens a GGUF file)</source>
        <translation>Modelo (Ctrl+Shift+O abre un archivo GGUF)</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation>ningún modelo cargado</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Chat model: {model}, {reason}</source>
        <translation>Modelo de chat: {model}, {reason}</translation>
    </message>
    <message>
        <source>measuring which chat model this machine streams fluently...</source>
        <translation>midiendo qué modelo de chat genera este equipo con fluidez...</translation>
    </message>
    <message>
        <source>{model} (bundled)</source>
        <translation>{model} (incluido)</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>Abrir modelo...</translation>
    </message>
    <message>
        <source>Open model folder (onnxruntime-genai, MLC)...</source>
        <translation>Abrir carpeta de modelo (onnxruntime-genai, MLC)...</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open an onnxruntime-genai or MLC model folder</source>
        <translation>Abrir una carpeta de modelo de onnxruntime-genai o MLC</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (Auto mide los motores una sola vez en un equipo nuevo)</translation>
    </message>
    <message>
        <source>loading {model}...</source>
        <translation>cargando {model}...</translation>
    </message>
    <message>
        <source> (keeping {model})</source>
        <translation> (se mantiene {model})</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Pregunte lo que quiera. Enter envía; Shift+Enter inicia una nueva línea.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>a language model on this laptop</source>
        <translation>un modelo de lenguaje en este portátil</translation>
    </message>
    <message>
        <source>Chat history is being saved again</source>
        <translation>El historial de chat vuelve a guardarse</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Temperature (0 = deterministic)</source>
        <translation>Temperatura (0 = determinista)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+Shift+R)</source>
        <translation>Volver a responder al último mensaje (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar una nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>Copiar la última respuesta (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chat model ready: {model} on {device}</source>
        <translation>Modelo de chat listo: {model} en {device}</translation>
    </message>
    <message>
        <source>The model is still loading; your message is kept in the input box</source>
        <translation>El modelo aún se está cargando; su mensaje se conserva en el cuadro de entrada</translation>
    </message>
    <message>
        <source>reading the question...</source>
        <translation>leyendo la pregunta...</translation>
    </message>
    <message>
        <source>streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens</source>
        <translation>generando · {rate} tokens/s en promedio · 95 % de los tokens en {ms} ms o menos · {tokens} tokens</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>to the first word</source>
        <translation>hasta la primera palabra</translation>
    </message>
    <message>
        <source>The answer stopped: another model was loaded</source>
        <translation>La respuesta se detuvo: se cargó otro modelo</translation>
    </message>
    <message>
        <source>Checking which booth questions this model answers right...</source>
        <translation>Comprobando qué preguntas del stand responde bien este modelo...</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>Respuesta copiada</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>CPU vs accelerator (C)</source>
        <translation>CPU frente a acelerador (C)</translation>
    </message>
    <message>
        <source>FP32 vs INT8 (P)</source>
        <translation>FP32 frente a INT8 (P)</translation>
    </message>
    <message>
        <source>Compare: {what}</source>
        <translation>Comparación: {what}</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>cargando...</translation>
    </message>
    <message>
        <source>Loading both sides and warming them up...</source>
        <translation>Cargando y calentando ambos lados...</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Sin segundo dispositivo</translation>
    </message>
    <message>
        <source>energy: measuring the idle draw, nothing running ({seconds} s left)</source>
        <translation>energía: midiendo el consumo en reposo, sin nada en marcha (quedan {seconds} s)</translation>
    </message>
    <message>
        <source>energy: measuring {side} alone ({seconds} s left)</source>
        <translation>energía: midiendo {side} en solitario (quedan {seconds} s)</translation>
    </message>
    <message>
        <source>{watts} W now</source>
        <translation>{watts} W ahora</translation>
    </message>
    <message>
        <source>{side} uses {ratio}x less energy per frame ({low} vs {high} mJ, averaged over {seconds} s each, {idle} W idle subtracted)</source>
        <translation>{side} gasta {ratio}x menos energía por fotograma ({low} frente a {high} mJ, promedio de {seconds} s cada uno, descontados {idle} W en reposo)</translation>
    </message>
    <message>
        <source>energy: {side} takes {mj} mJ per frame ({watts} W above {idle} W idle, averaged over {seconds} s)</source>
        <translation>energía: {side} gasta {mj} mJ por fotograma ({watts} W por encima de {idle} W en reposo, promedio de {seconds} s)</translation>
    </message>
    <message>
        <source>energy: too close to the idle draw to measure ({idle} W idle, averaged over {seconds} s)</source>
        <translation>energía: demasiado cerca del consumo en reposo para medirla ({idle} W en reposo, promedio de {seconds} s)</translation>
    </message>
    <message>
        <source>energy: on AC power, plug out the charger to measure it</source>
        <translation>energía: conectado a la corriente; desenchufe el cargador para medirla</translation>
    </message>
    <message>
        <source>energy: only an administrator may read this machine&apos;s power counters</source>
        <translation>energía: solo un administrador puede leer los contadores de consumo de este equipo</translation>
    </message>
    <message>
        <source>energy: the power reading stopped before the figure was measured</source>
        <translation>energía: la lectura de consumo se detuvo antes de obtener la cifra</translation>
    </message>
    <message>
        <source>energy: this machine reports no power draw</source>
        <translation>energía: este equipo no informa de su consumo</translation>
    </message>
    <message>
        <source>{side} · nothing to compare it with on this machine · {frames} frames</source>
        <translation>{side} · nada con qué compararlo en este equipo · {frames} fotogramas</translation>
    </message>
    <message>
        <source>speed-up {speedup}x · agreement {agreement} · {frames} frames</source>
        <translation>aceleración {speedup}x · concordancia {agreement} · {frames} fotogramas</translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <source>Where the model runs: Auto picks NPU, then GPU, then CPU; &apos;Best NPU&apos; the best provider of one device type; or one provider</source>
        <translation>Dónde se ejecuta el modelo: Auto elige NPU, luego GPU, luego CPU; «Mejor NPU», el mejor proveedor de un tipo de dispositivo; o un proveedor concreto</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>{engine} places the model itself</source>
        <translation>{engine} decide por sí mismo dónde se ejecuta el modelo</translation>
    </message>
    <message>
        <source>Best {device}</source>
        <translation>Mejor {device}</translation>
    </message>
    <message>
        <source>{name} (not found on this machine)</source>
        <translation>{name} (no encontrado en este equipo)</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Nothing has gone wrong in this session.</source>
        <translation>Nada ha fallado en esta sesión.</translation>
    </message>
    <message>
        <source>Also written to {path}</source>
        <translation>También se guarda en {path}</translation>
    </message>
    <message>
        <source>The log folder cannot be written: events are kept here only</source>
        <translation>No se puede escribir en la carpeta de registros: los eventos solo se conservan aquí</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>In three short bullet points, why does running AI on a laptop protect privacy?</source>
        <translation>En tres viñetas breves, ¿por qué ejecutar la IA en un portátil protege la privacidad?</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>PIN to leave kiosk mode (Esc cancels)</source>
        <translation>PIN para salir del modo quiosco (Esc cancela)</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to leave kiosk mode (Esc cancels)</source>
        <translation>PIN incorrecto. PIN para salir del modo quiosco (Esc cancela)</translation>
    </message>
    <message>
        <source>Runs on this laptop. Nothing leaves it. Scan to learn more.</source>
        <translation>Se ejecuta en este portátil. Nada sale de él. Escanee para saber más.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>afrikáans</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>amárico</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>asamés</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>azerbaiyano</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>baskir</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>bielorruso</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>búlgaro</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>bengalí</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>tibetano</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>bretón</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>bosnio</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalán</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>checo</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>galés</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>griego</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estonio</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>euskera</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persa</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finés</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>feroés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>gallego</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>guyaratí</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>hausa</translation>
    </message>
    <message>
        <source>Hawaiian</source>
        <translation>hawaiano</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croata</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>criollo haitiano</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>húngaro</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armenio</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonesio</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>islandés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>javanés</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>georgiano</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>kazajo</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>jemer</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>canarés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latín</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>luxemburgués</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>lingala</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>lao</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lituano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>letón</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>malgache</translation>
    </message>
    <message>
        <source>Māori</source>
        <translation>maorí</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>macedonio</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>malayálam</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>mongol</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>maratí</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>malayo</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>maltés</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>birmano</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>nepalí</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>noruego nynorsk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>noruego</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>occitano</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>punyabí</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>pastún</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>sánscrito</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>sindi</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>cingalés</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>eslovaco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>esloveno</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>shona</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somalí</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanés</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbio</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>sundanés</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>sueco</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suajili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>telugu</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>tayiko</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tailandés</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>turcomano</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>tagalo</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>tártaro</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>uzbeko</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamita</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <translation>yidis</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>yoruba</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best accelerator it has (NPU, then GPU, then CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing is sent over the network. Frames never leave this machine.&lt;/p&gt;&lt;p&gt;Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. Chat history stays in a local SQLite file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Detección de objetos en vivo, voz a texto y un asistente de chat que se ejecutan íntegramente en este equipo, en el mejor acelerador que tenga (NPU, luego GPU, luego CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacidad:&lt;/b&gt; no se envía nada por la red. Las imágenes nunca salen de este equipo.&lt;/p&gt;&lt;p&gt;Modelos: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) en onnxruntime-genai o llama.cpp; Whisper base (OpenAI, MIT) en onnxruntime-genai o faster-whisper; vosk (Apache-2.0) con un modelo de vosk, si hay uno instalado. El historial de chat se guarda en un archivo SQLite local.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Memory this app and its engine processes use now, models included</source>
        <translation>Memoria que usan ahora la aplicación y sus procesos de motor, modelos incluidos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything runs on this computer.&lt;/b&gt; Nothing you show, say or type is sent anywhere: no account, no cloud, no telemetry. Settings: &lt;code&gt;{settings}&lt;/code&gt;; chat history: &lt;code&gt;{history}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Todo se ejecuta en este equipo.&lt;/b&gt; Nada de lo que muestre, diga o escriba se envía a ninguna parte: sin cuenta, sin nube, sin telemetría. Configuración: &lt;code&gt;{settings}&lt;/code&gt;; historial de chat: &lt;code&gt;{history}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation>No volver a mostrar esta nota</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open video or image...</source>
        <translation>&amp;Abrir video o imagen...</translation>
    </message>
    <message>
        <source>Open detector &amp;model...</source>
        <translation>Abrir &amp;modelo de detección...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in detector</source>
        <translation>Usar el detector &amp;integrado</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>Guardar &amp;captura</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exportar informe...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>&amp;Visión</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>V&amp;oz</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Dashboard (all three)</source>
        <translation>&amp;Panel (los tres)</translation>
    </message>
    <message>
        <source>&amp;Start / stop detection</source>
        <translation>&amp;Iniciar / detener la detección</translation>
    </message>
    <message>
        <source>&amp;Compare CPU vs accelerator</source>
        <translation>Comp&amp;arar CPU con acelerador</translation>
    </message>
    <message>
        <source>Compare FP32 vs &amp;INT8</source>
        <translation>Comparar FP32 con I&amp;NT8</translation>
    </message>
    <message>
        <source>Compare &amp;answers: CPU vs accelerator</source>
        <translation>Comparar &amp;respuestas: CPU frente a acelerador</translation>
    </message>
    <message>
        <source>Compare answers: llama.cpp vs onnxruntime-&amp;genai</source>
        <translation>Comparar respuestas: llama.cpp frente a onnxruntime-&amp;genai</translation>
    </message>
    <message>
        <source>Compare &amp;transcripts: CPU vs accelerator</source>
        <translation>Comparar &amp;transcripciones: CPU frente a acelerador</translation>
    </message>
    <message>
        <source>Compare transcripts: faster-&amp;whisper vs onnxruntime-genai</source>
        <translation>Comparar transcripciones: faster-&amp;whisper frente a onnxruntime-genai</translation>
    </message>
    <message>
        <source>Live &amp;captions window</source>
        <translation>Ventana de &amp;subtítulos en vivo</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pan&amp;talla completa</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (booth)...</source>
        <translation>Modo &amp;quiosco (stand)...</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>&amp;Registro de eventos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>A&amp;cerca de</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>La ventana usará {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Export the session report into...</source>
        <translation>Exportar el informe de la sesión a...</translation>
    </message>
    <message>
        <source>Writing the report to {folder}...</source>
        <translation>Escribiendo el informe en {folder}...</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
    <message>
        <source>Memory {mb} MB</source>
        <translation>Memoria {mb} MB</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>Acerca de {title}</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <source>The dashboard fills this screen, menus and tabs are hidden, and the demos play by themselves when nobody is at the booth. Leave with {chord} (and the PIN, if one is set): the app then closes.</source>
        <translation>El panel ocupa esta pantalla, los menús y las pestañas se ocultan, y las demos se reproducen solas cuando no hay nadie en el stand. Salga con {chord} (y el PIN, si hay uno): la aplicación se cierra entonces.</translation>
    </message>
</context>
<context>
    <name>NetworkBadge</name>
    <message>
        <source>Network: checking...</source>
        <translation>Red: comprobando...</translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation>Red: desconocido</translation>
    </message>
    <message>
        <source>Could not read this app&apos;s connections from the OS: {error}</source>
        <translation>No se pudieron leer las conexiones de la aplicación desde el sistema operativo: {error}</translation>
    </message>
    <message>
        <source>Network: 0 connections</source>
        <translation>Red: 0 conexiones</translation>
    </message>
    <message>
        <source>Read live from the OS every 2 s: {processes} process(es) of this app hold no internet connection, open or listening.</source>
        <translation>Leído en vivo del sistema operativo cada 2 s: {processes} proceso(s) de la aplicación sin ninguna conexión a Internet, abierta ni en escucha.</translation>
    </message>
    <message>
        <source>Network: 1 connection: {first}</source>
        <translation>Red: 1 conexión: {first}</translation>
    </message>
    <message>
        <source>Network: {count} connections: {first} (+{more} more)</source>
        <translation>Red: {count} conexiones: {first} (+{more} más)</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>bicicleta</translation>
    </message>
    <message>
        <source>car</source>
        <translation>coche</translation>
    </message>
    <message>
        <source>motorcycle</source>
        <translation>moto</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>avión</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>autobús</translation>
    </message>
    <message>
        <source>train</source>
        <translation>tren</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>camión</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>barco</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>semáforo</translation>
    </message>
    <message>
        <source>fire hydrant</source>
        <translation>hidrante</translation>
    </message>
    <message>
        <source>stop sign</source>
        <translation>señal de stop</translation>
    </message>
    <message>
        <source>parking meter</source>
        <translation>parquímetro</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>banco</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>pájaro</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>gato</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>perro</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>caballo</translation>
    </message>
    <message>
        <source>sheep</source>
        <translation>oveja</translation>
    </message>
    <message>
        <source>cow</source>
        <translation>vaca</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>elefante</translation>
    </message>
    <message>
        <source>bear</source>
        <translation>oso</translation>
    </message>
    <message>
        <source>zebra</source>
        <translation>cebra</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>jirafa</translation>
    </message>
    <message>
        <source>backpack</source>
        <translation>mochila</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>paraguas</translation>
    </message>
    <message>
        <source>handbag</source>
        <translation>bolso</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>corbata</translation>
    </message>
    <message>
        <source>suitcase</source>
        <translation>maleta</translation>
    </message>
    <message>
        <source>frisbee</source>
        <translation>frisbi</translation>
    </message>
    <message>
        <source>skis</source>
        <translation>esquís</translation>
    </message>
    <message>
        <source>snowboard</source>
        <translation>snowboard</translation>
    </message>
    <message>
        <source>sports ball</source>
        <translation>pelota</translation>
    </message>
    <message>
        <source>kite</source>
        <translation>cometa</translation>
    </message>
    <message>
        <source>baseball bat</source>
        <translation>bate de béisbol</translation>
    </message>
    <message>
        <source>baseball glove</source>
        <translation>guante de béisbol</translation>
    </message>
    <message>
        <source>skateboard</source>
        <translation>monopatín</translation>
    </message>
    <message>
        <source>surfboard</source>
        <translation>tabla de surf</translation>
    </message>
    <message>
        <source>tennis racket</source>
        <translation>raqueta de tenis</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>botella</translation>
    </message>
    <message>
        <source>wine glass</source>
        <translation>copa de vino</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>taza</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>tenedor</translation>
    </message>
    <message>
        <source>knife</source>
        <translation>cuchillo</translation>
    </message>
    <message>
        <source>spoon</source>
        <translation>cuchara</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>cuenco</translation>
    </message>
    <message>
        <source>banana</source>
        <translation>plátano</translation>
    </message>
    <message>
        <source>apple</source>
        <translation>manzana</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>sándwich</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <source>broccoli</source>
        <translation>brócoli</translation>
    </message>
    <message>
        <source>carrot</source>
        <translation>zanahoria</translation>
    </message>
    <message>
        <source>hot dog</source>
        <translation>perrito caliente</translation>
    </message>
    <message>
        <source>pizza</source>
        <translation>pizza</translation>
    </message>
    <message>
        <source>donut</source>
        <translation>dónut</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>pastel</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>silla</translation>
    </message>
    <message>
        <source>couch</source>
        <translation>sofá</translation>
    </message>
    <message>
        <source>potted plant</source>
        <translation>planta en maceta</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>cama</translation>
    </message>
    <message>
        <source>dining table</source>
        <translation>mesa de comedor</translation>
    </message>
    <message>
        <source>toilet</source>
        <translation>inodoro</translation>
    </message>
    <message>
        <source>tv</source>
        <translation>televisor</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>portátil</translation>
    </message>
    <message>
        <source>mouse</source>
        <translation>ratón</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>mando a distancia</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>teclado</translation>
    </message>
    <message>
        <source>cell phone</source>
        <translation>teléfono móvil</translation>
    </message>
    <message>
        <source>microwave</source>
        <translation>microondas</translation>
    </message>
    <message>
        <source>oven</source>
        <translation>horno</translation>
    </message>
    <message>
        <source>toaster</source>
        <translation>tostadora</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>fregadero</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>nevera</translation>
    </message>
    <message>
        <source>book</source>
        <translation>libro</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>reloj</translation>
    </message>
    <message>
        <source>vase</source>
        <translation>jarrón</translation>
    </message>
    <message>
        <source>scissors</source>
        <translation>tijeras</translation>
    </message>
    <message>
        <source>teddy bear</source>
        <translation>osito de peluche</translation>
    </message>
    <message>
        <source>hair drier</source>
        <translation>secador de pelo</translation>
    </message>
    <message>
        <source>toothbrush</source>
        <translation>cepillo de dientes</translation>
    </message>
</context>
<context>
    <name>PanelDeck</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Every pipeline at once: the trade-show screen (Ctrl+4)</source>
        <translation>Todos los pipelines a la vez: la pantalla para ferias (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>{problem}: showing the demo video instead</source>
        <translation>{problem}: se muestra el vídeo de demostración en su lugar</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Cámara {index}</translation>
    </message>
    <message>
        <source>No camera at index {index}</source>
        <translation>No hay ninguna cámara en el índice {index}</translation>
    </message>
    <message>
        <source>pick another camera or the demo video</source>
        <translation>elija otra cámara o el vídeo de demostración</translation>
    </message>
    <message>
        <source>{camera} stopped delivering frames (unplugged or in use by another app?)</source>
        <translation>{camera} dejó de enviar imágenes (¿desconectada o en uso por otra aplicación?)</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>Imagen no encontrada: {path}</translation>
    </message>
    <message>
        <source>Image is not a file: {path}</source>
        <translation>La imagen no es un archivo: {path}</translation>
    </message>
    <message>
        <source>Image is empty: {path}</source>
        <translation>La imagen está vacía: {path}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>Archivo de vídeo no encontrado: {path}</translation>
    </message>
    <message>
        <source>Video file is not a file: {path}</source>
        <translation>El vídeo no es un archivo: {path}</translation>
    </message>
    <message>
        <source>Video file is empty: {path}</source>
        <translation>El archivo de vídeo está vacío: {path}</translation>
    </message>
    <message>
        <source>Not an image OpenCV can decode (truncated or another format?): {path}</source>
        <translation>No es una imagen que OpenCV pueda decodificar (¿truncada o de otro formato?): {path}</translation>
    </message>
    <message>
        <source>Not a video OpenCV can open: {path}</source>
        <translation>No es un vídeo que OpenCV pueda abrir: {path}</translation>
    </message>
    <message>
        <source>Video file has no frames OpenCV can decode: {path}</source>
        <translation>El archivo de vídeo no tiene fotogramas que OpenCV pueda decodificar: {path}</translation>
    </message>
    <message>
        <source>Video file stopped delivering frames (damaged?): {path}</source>
        <translation>El archivo de vídeo dejó de entregar fotogramas (¿dañado?): {path}</translation>
    </message>
    <message>
        <source>Video file disappeared while playing: {path}</source>
        <translation>El archivo de vídeo desapareció durante la reproducción: {path}</translation>
    </message>
    <message>
        <source>no {platform} build of {package}</source>
        <translation>no hay versión de {package} para {platform}</translation>
    </message>
    <message>
        <source>{package} is not installed</source>
        <translation>{package} no está instalado</translation>
    </message>
    <message>
        <source>no speech engine: {reasons}</source>
        <translation>no hay motor de voz: {reasons}</translation>
    </message>
    <message>
        <source>no chat engine: {reasons}</source>
        <translation>no hay motor de chat: {reasons}</translation>
    </message>
    <message>
        <source>The {engine} engine cannot run on this machine: {missing}</source>
        <translation>El motor {engine} no puede ejecutarse en este equipo: {missing}</translation>
    </message>
    <message>
        <source>{problem}: playing the demo recording instead</source>
        <translation>{problem}: se reproduce la grabación de demostración en su lugar</translation>
    </message>
    <message>
        <source>Audio input is unavailable: {error}</source>
        <translation>La entrada de audio no está disponible: {error}</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <translation>Archivo de audio no encontrado: {path}</translation>
    </message>
    <message>
        <source>Audio file is empty or not a file: {path}</source>
        <translation>El archivo de audio está vacío o no es un archivo: {path}</translation>
    </message>
    <message>
        <source>Audio file is truncated ({present} of {size} data bytes): {path}</source>
        <translation>El archivo de audio está truncado ({present} de {size} bytes de datos): {path}</translation>
    </message>
    <message>
        <source>No audio stream in {path}</source>
        <translation>No hay pista de audio en {path}</translation>
    </message>
    <message>
        <source>Not an audio file FFmpeg can decode: {path}</source>
        <translation>No es un archivo de audio que FFmpeg pueda decodificar: {path}</translation>
    </message>
    <message>
        <source>play the demo recording instead</source>
        <translation>reproduzca la grabación de demostración</translation>
    </message>
    <message>
        <source>Cannot open the microphone ({error})</source>
        <translation>No se puede abrir el micrófono ({error})</translation>
    </message>
    <message>
        <source>it may be in use by another app; try the demo recording</source>
        <translation>quizá lo esté usando otra aplicación; pruebe la grabación de demostración</translation>
    </message>
    <message>
        <source>The microphone &apos;{name}&apos; stopped delivering audio (unplugged?)</source>
        <translation>El micrófono «{name}» dejó de enviar audio (¿desconectado?)</translation>
    </message>
    <message>
        <source>the words so far are kept; try the demo recording</source>
        <translation>las palabras transcritas se conservan; pruebe la grabación de demostración</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>no se encontró ningún micrófono</translation>
    </message>
    <message>
        <source>MLC LLM is not installed ({error})</source>
        <translation>MLC LLM no está instalado ({error})</translation>
    </message>
    <message>
        <source>MLC LLM needs a compiled model folder</source>
        <translation>MLC LLM necesita una carpeta de modelo compilado</translation>
    </message>
    <message>
        <source>open one with Open model folder... (--model DIR)</source>
        <translation>abra una con Abrir carpeta de modelo... (--model DIR)</translation>
    </message>
    <message>
        <source>the engine this model file is made for</source>
        <translation>el motor para el que está hecho este archivo de modelo</translation>
    </message>
    <message>
        <source>{folder} is not a chat model folder</source>
        <translation>{folder} no es una carpeta de modelo de chat</translation>
    </message>
    <message>
        <source>pick a GGUF file for llama.cpp, an onnxruntime-genai folder with genai_config.json or a compiled MLC LLM folder with mlc-chat-config.json</source>
        <translation>elija un archivo GGUF para llama.cpp, una carpeta de onnxruntime-genai con genai_config.json o una carpeta compilada de MLC LLM con mlc-chat-config.json</translation>
    </message>
    <message>
        <source>onnxruntime-genai runs it on the {accelerator}</source>
        <translation>onnxruntime-genai lo ejecuta en la {accelerator}</translation>
    </message>
    <message>
        <source>the only engine installed for it</source>
        <translation>el único motor instalado para él</translation>
    </message>
    <message>
        <source>the other engine cannot run it here ({failures})</source>
        <translation>el otro motor no puede ejecutarlo aquí ({failures})</translation>
    </message>
    <message>
        <source>the faster here on the CPU (measured once: {figures})</source>
        <translation>el más rápido aquí en la CPU (medido una vez: {figures})</translation>
    </message>
    <message>
        <source>{ran}/{total} nodes</source>
        <translation>{ran}/{total} nodos</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>estricto</translation>
    </message>
    <message>
        <source>mostly on CPU: the {device} ({provider}) took {ran} of {total} nodes, {share} of the time</source>
        <translation>sobre todo en la CPU: la {device} ({provider}) ejecutó {ran} de {total} nodos, el {share} del tiempo</translation>
    </message>
    <message>
        <source>fell back from {fallbacks}</source>
        <translation>alternativa tras {fallbacks}</translation>
    </message>
    <message>
        <source>true streaming with the English vosk model</source>
        <translation>streaming real con el modelo vosk en inglés</translation>
    </message>
    <message>
        <source>No English vosk model is installed</source>
        <translation>No hay ningún modelo vosk en inglés instalado</translation>
    </message>
    <message>
        <source>open a vosk model folder (--model DIR) or use Whisper (--engine whisper)</source>
        <translation>abra una carpeta de modelo vosk (--model DIR) o use Whisper (--engine whisper)</translation>
    </message>
    <message>
        <source>{folder} is not a speech model folder</source>
        <translation>{folder} no es una carpeta de modelo de voz</translation>
    </message>
    <message>
        <source>pick a vosk model folder (with am/ and conf/), a faster-whisper one (model.bin, config.json) or an onnxruntime-genai Whisper (genai_config.json)</source>
        <translation>elija una carpeta de modelo vosk (con am/ y conf/), una de faster-whisper (model.bin, config.json) o un Whisper de onnxruntime-genai (genai_config.json)</translation>
    </message>
    <message>
        <source>{count} oldest message(s) left out to fit the context</source>
        <translation>{count} mensaje(s) más antiguo(s) omitido(s) para caber en el contexto</translation>
    </message>
    <message>
        <source>your message was truncated to fit the context</source>
        <translation>su mensaje se recortó para caber en el contexto</translation>
    </message>
    <message>
        <source>thinking...</source>
        <translation>pensando...</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>interrupted: the answer was cut off</source>
        <translation>interrumpido: la respuesta se cortó</translation>
    </message>
    <message>
        <source>stopped: the model began repeating itself</source>
        <translation>detenido: el modelo empezó a repetirse</translation>
    </message>
    <message>
        <source>first token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} on {device}</source>
        <translation>primer token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} en {device}</translation>
    </message>
    <message>
        <source>stopped at the {tokens}-token limit</source>
        <translation>detenido en el límite de {tokens} tokens</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>No NPU or GPU this app can use on this machine: the CPU is the only device here</source>
        <translation>No hay ninguna NPU ni GPU que esta aplicación pueda usar en este equipo: la CPU es el único dispositivo aquí</translation>
    </message>
    <message>
        <source>The {pipeline} pipeline produced nothing for {seconds} s</source>
        <translation>El pipeline «{pipeline}» no produjo nada durante {seconds} s</translation>
    </message>
    <message>
        <source>chat engine</source>
        <translation>motor de chat</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>The {name} was closed</source>
        <translation>El {name} se cerró</translation>
    </message>
    <message>
        <source>The {name}&apos;s work was stopped</source>
        <translation>Se detuvo el trabajo del {name}</translation>
    </message>
    <message>
        <source>The {name} stopped responding for {seconds} s and was stopped</source>
        <translation>El {name} dejó de responder durante {seconds} s y se detuvo</translation>
    </message>
    <message>
        <source>The {name} stopped unexpectedly ({exit})</source>
        <translation>El {name} se detuvo inesperadamente ({exit})</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>motor de voz</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text} ({detail})</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <source>expected a GGUF file</source>
        <translation>se esperaba un archivo GGUF</translation>
    </message>
    <message>
        <source>Not a GGUF model: {path}</source>
        <translation>No es un modelo GGUF: {path}</translation>
    </message>
    <message>
        <source>llama.cpp needs a .gguf file</source>
        <translation>llama.cpp necesita un archivo .gguf</translation>
    </message>
    <message>
        <source>{name} needs about {needed} GiB but only {free} GiB of memory is free</source>
        <translation>{name} necesita unos {needed} GiB, pero solo hay {free} GiB de memoria libre</translation>
    </message>
    <message>
        <source>close other apps or pick a smaller model</source>
        <translation>cierre otras aplicaciones o elija un modelo más pequeño</translation>
    </message>
    <message>
        <source>llama.cpp could not load {path}</source>
        <translation>llama.cpp no pudo cargar {path}</translation>
    </message>
    <message>
        <source>{path} is not a detector this app can decode (architecture &apos;{architecture}&apos;)</source>
        <translation>{path} no es un detector que esta aplicación pueda decodificar (arquitectura &apos;{architecture}&apos;)</translation>
    </message>
    <message>
        <source>expected an ONNX model built by &apos;edge-showcase models build&apos; ({known})</source>
        <translation>se esperaba un modelo ONNX creado por &apos;edge-showcase models build&apos; ({known})</translation>
    </message>
    <message>
        <source>expected an onnxruntime-genai model folder</source>
        <translation>se esperaba una carpeta de modelo de onnxruntime-genai</translation>
    </message>
    <message>
        <source>{folder} has no {file}</source>
        <translation>{folder} no contiene {file}</translation>
    </message>
    <message>
        <source>not an onnxruntime-genai model folder</source>
        <translation>no es una carpeta de modelo de onnxruntime-genai</translation>
    </message>
    <message>
        <source>{folder} is missing its {part} ({file})</source>
        <translation>A {folder} le falta {part} ({file})</translation>
    </message>
    <message>
        <source>rebuild or re-download it</source>
        <translation>vuelva a crearlo o a descargarlo</translation>
    </message>
    <message>
        <source>{path} is not a valid ONNX model (corrupt or truncated)</source>
        <translation>{path} no es un modelo ONNX válido (dañado o truncado)</translation>
    </message>
    <message>
        <source>Model file not found: {path}</source>
        <translation>Archivo de modelo no encontrado: {path}</translation>
    </message>
    <message>
        <source>Model folder not found: {path}</source>
        <translation>Carpeta de modelo no encontrada: {path}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick another</source>
        <translation>ejecute &apos;edge-showcase models build&apos; o elija otro</translation>
    </message>
    <message>
        <source>Model path is not a folder: {path}</source>
        <translation>La ruta del modelo no es una carpeta: {path}</translation>
    </message>
    <message>
        <source>Model path is not a file: {path}</source>
        <translation>La ruta del modelo no es un archivo: {path}</translation>
    </message>
    <message>
        <source>Model file is empty: {path}</source>
        <translation>El archivo de modelo está vacío: {path}</translation>
    </message>
    <message>
        <source>expected an ONNX model</source>
        <translation>se esperaba un modelo ONNX</translation>
    </message>
    <message>
        <source>{title} is not built yet ({path})</source>
        <translation>{title} aún no está creado ({path})</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; once</source>
        <translation>ejecute una vez &apos;edge-showcase models build&apos;</translation>
    </message>
    <message>
        <source>{path} does not match the checksum recorded when it was built (damaged?)</source>
        <translation>{path} no coincide con la suma de comprobación registrada al crearlo (¿dañado?)</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build --force&apos;</source>
        <translation>ejecute &apos;edge-showcase models build --force&apos;</translation>
    </message>
    <message>
        <source>Vosk model folder not found: {folder}</source>
        <translation>Carpeta de modelo vosk no encontrada: {folder}</translation>
    </message>
    <message>
        <source>expected a folder with am/, conf/, graph/</source>
        <translation>se esperaba una carpeta con am/, conf/, graph/</translation>
    </message>
    <message>
        <source>{folder} is not a vosk model folder (missing {missing})</source>
        <translation>{folder} no es una carpeta de modelo vosk (falta {missing})</translation>
    </message>
    <message>
        <source>download a model from the vosk models page</source>
        <translation>descargue un modelo de la página de modelos de vosk</translation>
    </message>
    <message>
        <source>vosk could not load the model in {folder} (a file missing or damaged?)</source>
        <translation>vosk no pudo cargar el modelo de {folder} (¿falta un archivo o está dañado?)</translation>
    </message>
    <message>
        <source>vosk cannot translate</source>
        <translation>vosk no puede traducir</translation>
    </message>
    <message>
        <source>use a Whisper engine to translate into English</source>
        <translation>use un motor Whisper para traducir al inglés</translation>
    </message>
    <message>
        <source>This vosk model hears {language} only, not {asked}</source>
        <translation>Este modelo de vosk solo entiende {language}, no {asked}</translation>
    </message>
    <message>
        <source>use a Whisper engine, or a vosk model of that language</source>
        <translation>use un motor Whisper, o un modelo de vosk de ese idioma</translation>
    </message>
    <message>
        <source>Whisper model folder not found: {folder}</source>
        <translation>Carpeta de modelo Whisper no encontrada: {folder}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick a faster-whisper folder</source>
        <translation>ejecute &apos;edge-showcase models build&apos; o elija una carpeta de faster-whisper</translation>
    </message>
    <message>
        <source>{folder} is not a faster-whisper model folder (missing {missing})</source>
        <translation>{folder} no es una carpeta de modelo de faster-whisper (falta {missing})</translation>
    </message>
    <message>
        <source>faster-whisper could not load {folder} (damaged?)</source>
        <translation>faster-whisper no pudo cargar {folder} (¿dañado?)</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason})</source>
        <translation>No se puede leer {path} ({reason})</translation>
    </message>
    <message>
        <source>Cannot save {path} ({reason})</source>
        <translation>No se puede guardar {path} ({reason})</translation>
    </message>
    <message>
        <source>pick another folder, or free some space</source>
        <translation>elija otra carpeta o libere espacio</translation>
    </message>
    <message>
        <source>This Whisper model is English only</source>
        <translation>Este modelo de Whisper solo entiende inglés</translation>
    </message>
    <message>
        <source>pick a multilingual Whisper model</source>
        <translation>elija un modelo de Whisper multilingüe</translation>
    </message>
    <message>
        <source>{engine} cannot choose the language</source>
        <translation>{engine} no puede elegir el idioma</translation>
    </message>
    <message>
        <source>use a Whisper engine</source>
        <translation>use un motor Whisper</translation>
    </message>
    <message>
        <source>{engine} places the model itself: it cannot run on a chosen device</source>
        <translation>{engine} decide por sí mismo dónde se ejecuta el modelo: no puede usar un dispositivo elegido</translation>
    </message>
    <message>
        <source>let the engine choose the device (Auto: no --provider or --device), or use an onnxruntime-genai model</source>
        <translation>deje que el motor elija el dispositivo (Auto: sin --provider ni --device) o use un modelo de onnxruntime-genai</translation>
    </message>
    <message>
        <source>{provider} is not available on this machine</source>
        <translation>{provider} no está disponible en este equipo</translation>
    </message>
    <message>
        <source>No {device} this app can use on this machine</source>
        <translation>No hay ninguna {device} que esta aplicación pueda usar en este equipo</translation>
    </message>
    <message>
        <source>pick Auto or one that is here: {choices}</source>
        <translation>elija Auto o uno disponible aquí: {choices}</translation>
    </message>
    <message>
        <source>the only chat model here</source>
        <translation>el único modelo de chat disponible</translation>
    </message>
    <message>
        <source>the best model this machine streams fluently: {rate} (fluent from {fluent})</source>
        <translation>el mejor modelo que este equipo genera con fluidez: {rate} (fluido desde {fluent})</translation>
    </message>
    <message>
        <source>no model reaches {fluent} here; the fastest: {rate}</source>
        <translation>ningún modelo alcanza {fluent} aquí; el más rápido: {rate}</translation>
    </message>
</context>
<context>
    <name>SpeechChoices</name>
    <message>
        <source>Microphone, demo recording or an audio file</source>
        <translation>Micrófono, grabación de demostración o un archivo de audio</translation>
    </message>
    <message>
        <source>Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model folder</source>
        <translation>Auto: vosk con un modelo en inglés; si no, el motor Whisper que llega a la NPU / GPU; si no, el más rápido aquí; Whisper en onnxruntime-genai (NPU / GPU / CPU) o faster-whisper; vosk; o una carpeta de modelo</translation>
    </message>
    <message>
        <source>No English vosk model is installed (the installers bundle one)</source>
        <translation>No hay ningún modelo vosk en inglés instalado (los instaladores incluyen uno)</translation>
    </message>
    <message>
        <source>Open model folder...</source>
        <translation>Abrir carpeta de modelo...</translation>
    </message>
    <message>
        <source>The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk hears its model&apos;s own language)</source>
        <translation>El idioma hablado: Auto lo detecta en cada frase; uno fijo omite la detección (Whisper; vosk oye el idioma de su modelo)</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>Auto (detectar)</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Traducir al inglés</translation>
    </message>
    <message>
        <source>Whisper&apos;s translation: the captions in English whatever the language spoken</source>
        <translation>Traducción de Whisper: los subtítulos en inglés, sea cual sea el idioma hablado</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Demo recording (LibriVox)</source>
        <translation>Grabación de demostración (LibriVox)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Microphone: the system&apos;s default</source>
        <translation>Micrófono: el predeterminado del sistema</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>Micrófono: {name}</translation>
    </message>
    <message>
        <source>Open audio file...</source>
        <translation>Abrir archivo de audio...</translation>
    </message>
    <message>
        <source>Speech: the microphone picked last time is not connected; the demo recording is picked</source>
        <translation>Voz: el micrófono elegido la última vez no está conectado; se elige la grabación de demostración</translation>
    </message>
    <message>
        <source>Speech: {reason}; the demo recording works without one</source>
        <translation>Voz: {reason}; la grabación de demostración funciona sin micrófono</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>Abrir un archivo de audio</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder</source>
        <translation>Abrir una carpeta de modelo de vosk, faster-whisper o Whisper de onnxruntime-genai</translation>
    </message>
</context>
<context>
    <name>SpeechComparisonWindow</name>
    <message>
        <source>faster-whisper vs onnxruntime-genai</source>
        <translation>faster-whisper frente a onnxruntime-genai</translation>
    </message>
    <message>
        <source>Compare transcripts: {what}</source>
        <translation>Comparar transcripciones: {what}</translation>
    </message>
    <message>
        <source>Hear again</source>
        <translation>Escuchar de nuevo</translation>
    </message>
    <message>
        <source>Both sides hear the demo recording again</source>
        <translation>Ambos lados escuchan de nuevo la grabación de demostración</translation>
    </message>
    <message>
        <source>RTF {rtf} · word error rate {wer}</source>
        <translation>RTF {rtf} · tasa de error de palabras {wer}</translation>
    </message>
    <message>
        <source>RTF {rtf}</source>
        <translation>RTF {rtf}</translation>
    </message>
    <message>
        <source>{fast} heard it {ratio}x as fast as {slow} (RTF {fast_rtf} vs {slow_rtf})</source>
        <translation>{fast} lo oyó {ratio}x más rápido que {slow} (RTF {fast_rtf} frente a {slow_rtf})</translation>
    </message>
    <message>
        <source>Hearing the demo recording, one side after the other...</source>
        <translation>Escuchando la grabación de demostración, un lado tras otro...</translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>none yet</source>
        <translation>sin datos aún</translation>
    </message>
    <message>
        <source>{p50}/{p95} ms (p50/p95)</source>
        <translation>{p50}/{p95} ms (p50/p95)</translation>
    </message>
    <message>
        <source>partial {latency}</source>
        <translation>parcial {latency}</translation>
    </message>
    <message>
        <source>final {latency} after speech</source>
        <translation>final {latency} tras hablar</translation>
    </message>
    <message>
        <source>{seconds} s heard</source>
        <translation>{seconds} s escuchados</translation>
    </message>
    <message>
        <source>slower than real time</source>
        <translation>más lento que el tiempo real</translation>
    </message>
    <message>
        <source>{language} → English</source>
        <translation>{language} → inglés</translation>
    </message>
    <message>
        <source>language chosen</source>
        <translation>idioma elegido</translation>
    </message>
    <message>
        <source>detected {probability}</source>
        <translation>detectado {probability}</translation>
    </message>
    <message>
        <source>to final text</source>
        <translation>hasta el texto final</translation>
    </message>
    <message>
        <source>faster than real time</source>
        <translation>más rápido que el tiempo real</translation>
    </message>
    <message>
        <source>Hears</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>speech to text, as it is said</source>
        <translation>voz a texto, mientras se habla</translation>
    </message>
    <message>
        <source>The transcript is being saved again</source>
        <translation>La transcripción vuelve a guardarse</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start or stop listening (Space)</source>
        <translation>Iniciar o detener la escucha (Space)</translation>
    </message>
    <message>
        <source>Push to talk: off</source>
        <translation>Presionar para hablar: desactivado</translation>
    </message>
    <message>
        <source>When on, the microphone is heard only while F8 is held (files and the demo play whole)</source>
        <translation>Si está activado, el micrófono solo se escucha mientras se mantiene F8 (los archivos y la demo suenan enteros)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copiar la transcripción</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation>Borrar la transcripción</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Guardar...</translation>
    </message>
    <message>
        <source>Save as .txt or .srt subtitles (Ctrl+Shift+S)</source>
        <translation>Guardar como .txt o como subtítulos .srt (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Large live captions in their own window (F9)</source>
        <translation>Subtítulos grandes en vivo en su propia ventana (F9)</translation>
    </message>
    <message>
        <source>Play demo recording</source>
        <translation>Reproducir grabación de demostración</translation>
    </message>
    <message>
        <source>Transcribe the bundled recording through the same pipeline</source>
        <translation>Transcribir la grabación incluida con el mismo pipeline</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>sin escuchar</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (Auto mide los motores una sola vez en un equipo nuevo)</translation>
    </message>
    <message>
        <source>loading the speech model...</source>
        <translation>cargando el modelo de voz...</translation>
    </message>
    <message>
        <source>loaded in {ms} ms</source>
        <translation>cargado en {ms} ms</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>{engine} {loaded}, listening...</source>
        <translation>{engine} {loaded}, escuchando...</translation>
    </message>
    <message>
        <source>Speech: {engine}, {why}</source>
        <translation>Voz: {engine}, {why}</translation>
    </message>
    <message>
        <source>Push to talk: on (hold F8)</source>
        <translation>Presionar para hablar: activado (mantenga F8)</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>Transcripción copiada</translation>
    </message>
    <message>
        <source>Delete all {count} sentences from this computer?</source>
        <translation>¿Eliminar las {count} frases de este equipo?</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>Guardar la transcripción</translation>
    </message>
    <message>
        <source>Text (*.txt);;Subtitles (*.srt)</source>
        <translation>Texto (*.txt);;Subtítulos (*.srt)</translation>
    </message>
    <message>
        <source>Transcript saved to {path}</source>
        <translation>Transcripción guardada en {path}</translation>
    </message>
    <message>
        <source>Saving the transcript to {path}</source>
        <translation>Guardando la transcripción en {path}</translation>
    </message>
    <message>
        <source>{message} — the words so far are kept.</source>
        <translation>{message} — se conservan las palabras transcritas hasta ahora.</translation>
    </message>
</context>
<context>
    <name>TextComparisonWindow</name>
    <message>
        <source>CPU vs accelerator</source>
        <translation>CPU frente a acelerador</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>cargando...</translation>
    </message>
    <message>
        <source>Loading both sides...</source>
        <translation>Cargando ambos lados...</translation>
    </message>
    <message>
        <source>Only the CPU here: nothing to compare it with on this machine</source>
        <translation>Solo la CPU aquí: nada con qué compararla en este equipo</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>No hay segundo dispositivo</translation>
    </message>
</context>
<context>
    <name>UnavailableNotice</name>
    <message>
        <source>&lt;b&gt;{pipeline} is unavailable on this machine&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;The other pipelines run as usual.</source>
        <translation>&lt;b&gt;{pipeline}: no disponible en este equipo&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;Los demás pipelines funcionan con normalidad.</translation>
    </message>
</context>
<context>
    <name>VisionControls</name>
    <message>
        <source>Where frames come from (Ctrl+O opens a file)</source>
        <translation>Origen de los fotogramas (Ctrl+O abre un archivo)</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Estricto</translation>
    </message>
    <message>
        <source>Accelerator only: a provider that cannot run every node itself is skipped instead of handing nodes to the CPU (for demos that must not fall back silently)</source>
        <translation>Solo acelerador: un proveedor que no puede ejecutar por sí mismo todos los nodos se omite en lugar de pasar nodos a la CPU (para demostraciones que no deben recurrir a la CPU sin avisar)</translation>
    </message>
    <message>
        <source>The built-in detector&apos;s precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 where it measured faster and in agreement with FP32</source>
        <translation>Precisión del detector integrado: Auto asigna INT8 a las NPU, FP32 a las GPU e INT8 a la CPU donde resultó más rápido y en concordancia con FP32</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Score threshold ([ and ] adjust)</source>
        <translation>Umbral de puntuación ([ y ] lo ajustan)</translation>
    </message>
    <message>
        <source>NMS IoU: boxes of one class overlapping more than this are merged</source>
        <translation>NMS IoU: las cajas de una misma clase que se superponen más que esto se fusionan</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>NMS IoU</source>
        <translation>NMS IoU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Demo video (people walking)</source>
        <translation>Video de demostración (peatones)</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Cámara {index}</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>Abrir archivo...</translation>
    </message>
    <message>
        <source>Cameras found: {cameras}</source>
        <translation>Cámaras encontradas: {cameras}</translation>
    </message>
    <message>
        <source>Open a video or image</source>
        <translation>Abrir un video o una imagen</translation>
    </message>
    <message>
        <source>Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Videos e imágenes (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation>Umbral {value}</translation>
    </message>
</context>
<context>
    <name>VisionHud</name>
    <message>
        <source>capture wait</source>
        <translation>espera captura</translation>
    </message>
    <message>
        <source>preprocess</source>
        <translation>preprocesado</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inferencia</translation>
    </message>
    <message>
        <source>decode+NMS</source>
        <translation>decodificar+NMS</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>dibujo</translation>
    </message>
    <message>
        <source>capture-&gt;result</source>
        <translation>captura-&gt;salida</translation>
    </message>
    <message>
        <source>processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown</source>
        <translation>procesamiento {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS posibles · {shown} FPS mostrados</translation>
    </message>
    <message>
        <source> (the source’s pace)</source>
        <translation> (ritmo del origen)</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>dropped frames {count} (latest frame wins)</source>
        <translation>fotogramas descartados {count} (gana el más reciente)</translation>
    </message>
    <message>
        <source>{device} · warm-up {ms} ms</source>
        <translation>{device} · calentamiento {ms} ms</translation>
    </message>
    <message>
        <source>loading model...</source>
        <translation>cargando el modelo...</translation>
    </message>
    <message>
        <source>per frame</source>
        <translation>por fotograma</translation>
    </message>
    <message>
        <source>frames/s possible</source>
        <translation>fotogramas/s posibles</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Sees</source>
        <translation>Ve</translation>
    </message>
    <message>
        <source>objects in live video</source>
        <translation>objetos en video en vivo</translation>
    </message>
    <message>
        <source>Snapshots are being saved again</source>
        <translation>Las capturas vuelven a guardarse</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start or stop detection (Space)</source>
        <translation>Iniciar o detener la detección (Space)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Save the annotated frame as PNG (Ctrl+S)</source>
        <translation>Guardar el fotograma anotado como PNG (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open an ONNX detector</source>
        <translation>Abrir un detector ONNX</translation>
    </message>
    <message>
        <source>ONNX detectors (*.onnx);;All files (*)</source>
        <translation>Detectores ONNX (*.onnx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Loading the model and warming up the provider...</source>
        <translation>Cargando el modelo y calentando el proveedor...</translation>
    </message>
    <message>
        <source>{model} on {device}</source>
        <translation>{model} en {device}</translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>Esperando el primer fotograma...</translation>
    </message>
    <message>
        <source> (the previous model is kept)</source>
        <translation> (se conserva el modelo anterior)</translation>
    </message>
    <message>
        <source>No frame to save yet</source>
        <translation>Aún no hay ningún fotograma que guardar</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Captura guardada: {path}</translation>
    </message>
</context>
<context>
    <name>Watchdog</name>
    <message>
        <source>Switched to the CPU provider and the demo video.</source>
        <translation>Se cambió al proveedor de CPU y al video de demostración.</translation>
    </message>
    <message>
        <source>{fault}. It keeps failing, so it is not restarted again. {done}</source>
        <translation>{fault}. Sigue fallando, así que no se vuelve a reiniciar. {done}</translation>
    </message>
    <message>
        <source>{fault}; restarting in {seconds} s</source>
        <translation>{fault}; reinicio en {seconds} s</translation>
    </message>
    <message>
        <source>Pick a smaller model, another engine, or Auto in the Device list to try again.</source>
        <translation>Elija un modelo más pequeño, otro motor o Auto en la lista de dispositivos para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Switched to the demo recording, on the device Auto picks.</source>
        <translation>Se cambió a la grabación de demostración, en el dispositivo que elige Auto.</translation>
    </message>
</context>
</TS>
