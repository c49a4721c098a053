# Las palabras de la app en español. Mismos identificadores que en/app.ftl.
# Tuteo, frases cortas y cálidas; "tu pareja" cuando no hay nombre.

## today.rs

app-cannot-open-data = Attune no puede abrir sus datos
today-today-check = El registro de hoy
today-how-connected-do-feel = ¿Cuánta conexión sientes hoy? Te lleva un minuto.
today-check = Registrar el día
today-your-check-in = Tu registro
today-edit = Editar
today-private-stays-phone = Privado: se queda en este teléfono.
today-question-day = La pregunta del día
today-has-answered-answer-see = { $partner } ya respondió. Responde tú para ver su respuesta.
today-tap-answer = Toca para responder.
today-you = Tú
today-hello = Hola, { $name }
today-step = Paso { $number } de { $steps }
today-days-in-step = { $count ->
        [one] Un día
       *[other] { $count } días
    } en este paso
today-latest-check = Último registro de { $partner } · { $day }
today-swap-updates = Intercambiar actualizaciones
today-pair-now = Vincularse ahora
today-time-together = Tiempo en pareja
today-today-state-us-day = Hoy toca el «Cómo estamos».
today-state-us-week = Cómo estamos, esta semana
today-how-was-day-really = ¿Qué tal tu día, de verdad? 20 minutos
today-connection-of-five = Conexión { $connection }/5
today-appreciated = Agradecí
today-need = Una necesidad
today-good-news = Buena noticia
today-partner-good-news = La buena noticia de { $name }
today-take-quiet-day = Tomarme un día tranquilo
today-not-today-any-reason = {" "}Hoy no, por el motivo que sea. Se queda en este teléfono y nunca cuenta como un día perdido.
today-quiet-day = Un día tranquilo
today-no-check-today-fine = Hoy no hay registro, y está bien. No se comparte nada y no cuenta como un día perdido.
today-check-after-all = Registrar el día igualmente
today-not-quiet-day = No es un día tranquilo
today-pause-over-ready-come = Tu pausa ha terminado. ¿Te ves con ánimo de volver?
today-open = Abrir
today-pause-until = En pausa hasta las { $time }.
today-show-card = Mostrar la tarjeta
today-i-need-pause = Necesito una pausa

## check_in.rs

check-in-tap-number-connection-each = Toca un número para la conexión y para cada uno de los cinco indicadores.
check-in-daily-check = Registro diario
check-in-edit-today-check = Editar el registro de hoy
check-in-how-was-today = ¿Cómo ha ido hoy?
check-in-connection-today = Conexión hoy
check-in-feeling-secure-together = Sentir seguridad en la pareja
check-in-1-not-at-all = 1 nada · 5 del todo
check-in-question-day = La pregunta del día
check-in-answer-optional = Tu respuesta (opcional)
check-in-one-thing-i-appreciated = Algo que agradecí (opcional)
check-in-one-need-i-want = Una necesidad que quiero compartir (opcional)
check-in-good-news-mine-optional = Una buena noticia mía (opcional)
check-in-good-news-hint = Algo que te salió bien, en el trabajo, con amistades, donde sea. Tu pareja podrá alegrarse contigo.
check-in-kept-commitment = ¿Cumplí hoy mis compromisos?
check-in-goes-partner-next-update = Llega a tu pareja con tu próxima actualización.
check-in-private-stays-phone = Privado: se queda en este teléfono.
check-in-save-check = Guardar el registro

## exchange.rs

exchange-shared-without-encryption-reading = Compartido sin cifrar, para leerlo. No se puede abrir como actualización.
exchange-saved-without-encryption-reading = Guardado sin cifrar, para leerlo: { $place }. No se puede abrir como actualización.
exchange-exchange = Intercambio
exchange-swap-updates = Intercambiar actualizaciones
exchange-phones-never-talk-server = Sus teléfonos nunca hablan con un servidor. Cada quien envía un pequeño archivo cifrado, por AirDrop, una app de mensajería o correo, y abre el de su pareja.
exchange-send-my-update = Enviar mi actualización
exchange-everything-share-will-go = Todo lo que compartes ({ $count ->
        [one] una entrada
       *[other] { $count } entradas
    }) llegará a { $partner }. Las entradas privadas nunca salen de este teléfono.
exchange-has-everything-share-sending = { $partner } ya tiene todo lo que compartes. Enviar ahora igualmente le dice a { $partner } lo que has recibido, así su próxima actualización sigue siendo pequeña.
exchange-changes-since-confirmed = { $partner } recibirá { $count ->
        [one] un cambio
       *[other] { $count } cambios
    } desde su última confirmación. Las entradas privadas nunca salen de este teléfono.
exchange-see-what-carries = Ver qué lleva
exchange-send-everything-again = Enviarlo todo de nuevo
exchange-whole-update-why = Las actualizaciones solo llevan lo que cambió, así que siguen siendo pequeñas por mucho tiempo que uses Attune. Si { $partner } perdió un archivo o te lo pide todo, envía una actualización completa.
exchange-send-whole-update = Enviar una actualización completa
exchange-open-update = Abrir la actualización de { $partner }
exchange-choose-attune-file = Elegir el archivo .attune
exchange-history = Historial
exchange-sent = Enviada.{" "}
exchange-opened = Abierta.{" "}
exchange-plain-file = Archivo sin cifrar
exchange-plain-file-explain = Para leer lo que compartes, puedes guardar tu actualización como JSON legible y sin cifrar. Cualquiera con ese archivo puede leerlo, y no se puede abrir como actualización: solo el archivo sellado demuestra que viene de ti.
exchange-save-as-plain-json = Guardar como JSON sin cifrar
exchange-update-went-share-sheet = Tu actualización pasó al menú de compartir.
exchange-paired-now-send-each = Vínculo creado. Ya pueden enviarse las actualizaciones.
exchange-couple-code = Código de pareja
exchange-couple-code-label = Código de pareja { $code }
exchange-read-out-so-they = Léeselo en voz alta a { $partner } para que lo escriba. Guárdalo bien: abre las actualizaciones de los dos.
exchange-hide-code = Ocultar el código
exchange-re-paired-code-stays = El vínculo está hecho. El código se queda en este teléfono.
exchange-show-code = Mostrar el código
exchange-pair = Vincularte con { $partner }
exchange-sit-together-one-creates = Siéntense uno al lado del otro. En un teléfono se crea un código de pareja y en el otro se escribe. Solo se hace una vez.
exchange-create-couple-code = Crear un código de pareja
exchange-type-partner-code = O escribe el código del teléfono de { $partner }
exchange-xxxx-xxxx-xxxx-xx = XXXX-XXXX-XXXX-XX
exchange-pair-button = Vincular
exchange-waiting-open = Esperando para abrirse
exchange-received = Recibida { $when } ·{" "}
exchange-opens-once-re-paired = Se abrirá cuando el vínculo esté hecho.{" "}
exchange-opens-once-attune-updated = Se abrirá cuando actualices Attune.{" "}
exchange-opens-once-new-phone-accepted = Firmada por un teléfono que este teléfono no conoce para { $partner }: un teléfono nuevo de tu pareja, u otra persona con su código. Solo se abrirá si lo aceptas.{" "}
exchange-compare-safety-numbers = Comparar números de seguridad
exchange-new-phone-number = Con ese teléfono, el número de seguridad sería { $number }. El teléfono nuevo de { $partner } muestra su número en Pareja. Acéptalo solo si ves el mismo número en los dos teléfonos, uno al lado del otro.
exchange-accept-new-phone = Es el mismo número: aceptar el teléfono nuevo de { $partner }
exchange-let-go = Descartarla
exchange-try-opening-them-again = Intentar abrirlas de nuevo
exchange-removed-from-phone-deleted = {" "}· se quita del teléfono de { $partner } (la borraste o la hiciste privada)
exchange-more = y { $more } más.
exchange-carries = { $count ->
    [one] El archivo lleva una entrada:
   *[other] El archivo lleva { $count } entradas:
}
exchange-carries-besides = Además de las entradas: tu nombre como { $name }, los identificadores de tu persona y de tu teléfono (para que el teléfono de { $partner } sepa que el archivo es tuyo), la clave con la que firma tu teléfono y hasta dónde tienes los cambios de { $partner }.
exchange-nothing-else-file-private = No hay nada más en el archivo. Las entradas privadas nunca van en él.

## insights.rs

insights-insights = Balance
insights-how-re-doing-together = Cómo les va en pareja
insights-range = Periodo
insights-days = { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
insights-week = Esta semana:{" "}
insights-checked-7-days = registraste { $my_check_ins } de 7 días, { $partner } { $partner_check_ins }
insights-average = Media de { $partner }
insights-you = Tú{"  "}
insights-feeling-secure-together = Sentir seguridad en la pareja
insights-repair-notes = Notas de reparación: { $me ->
        [one] una tuya
       *[other] { $me } tuyas
    }, { $theirs ->
        [one] una de { $partner }
       *[other] { $theirs } de { $partner }
    } en estos { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
insights-year-review = El año en resumen
insights-twelve-months-one-page = Doce meses en una página, para imprimir o guardar en PDF
insights-gap-line = { $label }: tú { $me }, { $partner } { $partner2 }
insights-commitments-kept = Compromisos cumplidos
insights-kept-days = Cumplido { $kept_days } de { $logged_days ->
        [one] { $logged_days } día
       *[other] { $logged_days } días
    }
insights-pattern-self-check-over = La autoevaluación de patrones en el tiempo
insights-take-self-check-awareness = Haz la autoevaluación del paso de conciencia para verla aquí.
insights-self-check-day-total = { $day }: { $total } de { $out_of }
insights-self-check-total = { $total } de { $out_of }
insights-since-answers-changed-total = Desde el { $from }: { $changes ->
        [one] cambió una respuesta
       *[other] cambiaron { $changes } respuestas
    }, total { $total_before } → { $total_after }.

## journey.rs

journey-journey = Tu camino
journey-four-steps-walked-again = Cuatro pasos, recorridos una y otra vez
journey-change-comes-from-repetition = El cambio llega con la repetición. Después del crecimiento, el camino vuelve a la conciencia.
journey-are-here = Estás aquí
journey-visited = Recorrido
journey-here = { $partner } está aquí

## lock.rs

lock-pin-isn-right-try = Ese PIN no es correcto. Inténtalo de nuevo.
lock-attune-locked = Attune está bloqueado
lock-pin = PIN
lock-unlock = Desbloquear

## not_found.rs

not-found-nothing-here = Aquí no hay nada
not-found-page-doesn-exist = Esta página no existe ({ $path }).
not-found-back-today = Volver a Hoy

## pact.rs

pact-i-need-pause = ‹ Necesito una pausa
pact-compassion = Compasión
pact-bounds = Una pausa entre los dos dura entre { $shortest } y { $longest }.
pact-bounds-one = Una pausa entre los dos dura { $shortest }.
pact-side = La parte de { $partner }
pact-writes-theirs-their-own = { $partner } escribe la suya en su propio teléfono. Llega con su próxima actualización.
pact-side-saved-goes-next = Tu parte está guardada. Va con tu próxima actualización.
pact-my-side = Mi parte
pact-write-my-side = Escribir mi parte
pact-change-my-side = Cambiar mi parte
pact-save-my-side = Guardar mi parte
pact-save-my-side-pact = Guardar mi parte del pacto

## partner.rs

partner-partner = Pareja
partner-step = En el paso de { $step }
partner-no-update-opened-yet = Aún no has abierto ninguna actualización.
partner-swap-updates = Intercambiar actualizaciones
partner-pair = Vincularte con { $name }
partner-together = En pareja
partner-hid-grid-days-both = Ocultaste la cuadrícula de los días en que hicieron el registro los dos. También quedará oculta en el teléfono de { $name } con tu próxima actualización.
partner-chose-keep-grid-days = { $name } prefirió no mostrar la cuadrícula de los días en que hicieron el registro los dos. Lo que { $name } comparte sigue abajo.
partner-both-checked-last = Hicieron el registro los dos { $count ->
        [one] un día
       *[other] { $count } días
    } de los últimos { $days }.
partner-last-days-both-checked = Últimos { $days ->
        [one] { $days } día
       *[other] { $days } días
    }: hicieron el registro los dos { $both ->
        [one] un día
       *[other] { $both } días
    }.
partner-nothing-shared-yet = Todavía no hay nada compartido. Cuando { $name } envíe una actualización y la abras, aparecerá aquí.
partner-check-ins = Registros
partner-answers = Respuestas
partner-answer-question-yourself-see = Responde tú esta pregunta para ver la respuesta de { $name }.
partner-reflections = Reflexiones
partner-side-pause-pact = La parte de { $name } del pacto de pausa
partner-see-both-sides = Ver ambas partes
partner-repair-notes = Notas de reparación
partner-commitments = Los compromisos de { $name }
partner-self-checks = Autoevaluaciones
partner-pattern-self-check = Autoevaluación de patrones
partner-belief-check = Revisión de creencias
partner-self-check-day-total = {" "}· { $day }: { $total } de { $out_of }
partner-hide-grid-both-us = Ocultar esta cuadrícula para los dos
partner-safety-number = Número de seguridad
partner-safety-number-explain = El teléfono de { $name } muestra el mismo número en su página Pareja cuando cada teléfono tiene la clave propia del otro. Compáralos una vez, con los dos teléfonos a la vista: así se rechaza cualquier actualización con su código que venga de otro teléfono.
settings-reset-at-open = { $count ->
    [one] Un ajuste no se podía leer y ha vuelto a su valor predeterminado.
   *[other] { $count } ajustes no se podían leer y han vuelto a sus valores predeterminados.
}
partner-show-grid-again = Volver a mostrar la cuadrícula

## pause.rs

pause-break-agreed = Una pausa acordada
pause-i-ll-come-back = Vuelvo en
pause-how-long-pause-lasts = Cuánto dura la pausa
pause-start-pause = Empezar la pausa
pause-pause-stays-phone-show = La pausa se queda en este teléfono. Enséñale la tarjeta a tu pareja; no se envía nada.
pause-lengths-source = Estas duraciones salen de{" "}
pause-agree-breaks-before-need = Acuerden las pausas antes de necesitarlas:{" "}
pause-if-feel-afraid-partner = Si sientes miedo de tu pareja, una pausa no basta.{" "}
pause-safety-getting-help = Seguridad y cómo pedir ayuda
pause-talk-it-through = Hablarlo, por turnos
pause-partner-said-they-need = Tu pareja dijo que necesita oír:{" "}
pause-what-said-helps = Lo que dijiste que te ayuda:{" "}
pause-i-m-back = Ya he vuelto

## question.rs

question-saved = Guardado.
question-question-day = La pregunta del día
question-one-own-questions-both = Una de sus propias preguntas. Les llega hoy a los dos.
question-both-get-question-today = Hoy les llega esta pregunta a los dos.
question-answer = Tu respuesta
question-update-answer = Cambiar la respuesta
question-save-answer = Guardar la respuesta
question-partner-answer = La respuesta de { $partner }
question-has-answered-yours-first = { $partner } ya respondió. Primero la tuya, luego verás la suya.
question-not-updates-have-yet = Aún no está en las actualizaciones que tienes.
question-questions-own = Preguntas propias
question-write-question-two-joins = Escribe una pregunta para los dos. Se suma a la pregunta del día en ambos teléfonos, una vez al año.
question-question = Tu pregunta
question-add-question = Añadir la pregunta
question-starts = {" "}· { $rel ->
        [today] desde hoy
        [tomorrow] desde mañana
       *[other] desde el { $day }
    }
question-by-me = tuya
question-by-partner = de { $partner }

## repair.rs

repair-together-again = De nuevo cerca
repair-done = Listo
repair-turn = Turno { $number } de { $total }
repair-speaks-listens = Habla { $speaker } · escucha { $listener }
repair-back = Atrás
repair-finish = Terminar
repair-next-turn = Siguiente turno
repair-kept-goes-next-update = Guardada, y va con tu próxima actualización.
repair-kept-phone = Guardada en este teléfono.
repair-keep-note = Guardar la nota

## safety.rs

safety-back = ‹ Atrás
safety-leave-quietly = Salida discreta
safety-unlock-attune-first-quiet = Primero desbloquea Attune: la salida discreta pide tu PIN, para que nadie más pueda usarla en tu teléfono.
safety-if-sharing-no-longer = Si compartir con { $partner } ya no te parece seguro, Attune puede olvidar a { $partner } en este teléfono en un solo paso, sin avisarle:
safety-couple-code-so-no = el código de pareja, para que ninguna actualización de { $partner } vuelva a abrirse aquí
safety-what-shared = lo que { $partner } compartió contigo ({ $count ->
        [one] una entrada
       *[other] { $count } entradas
    })
safety-waiting-be-opened = { $count ->
        [one] una actualización
       *[other] { $count } actualizaciones
    } por abrir
safety-leaving-sends-nothing = No se envía nada y el teléfono de { $partner } no recibe ningún aviso. Lo que ya enviaste sigue en su teléfono. Tus propias entradas se quedan aquí; para borrarlas también, borra todos los datos en Ajustes.
safety-older-backup-brings-back = Una copia de seguridad hecha antes de esto todavía tiene a { $partner }, su código de pareja y lo que { $partner } compartió: restaurarla los traería de vuelta. Después de salir, haz una copia nueva en Ajustes y borra las anteriores allí donde las guardes.
safety-can-be-undone = Esto no se puede deshacer.
safety-forget-phone = Olvidar a { $partner } en este teléfono
safety-cancel = Cancelar
safety-leave-quietly-button = Salir discretamente…

## settings.rs

settings-notification-at-time-day = Un aviso a esta hora con la pregunta del día, creado en este teléfono. No suena si ya hiciste el registro de hoy.
settings-phone-attune-sends-notification = En tu teléfono, Attune envía un aviso a esta hora con la pregunta del día. Esta ventana y el navegador no.
settings-names-saved = Nombres guardados.
settings-reminder-off = Recordatorio desactivado.
settings-reminder-saved = Recordatorio guardado.
settings-settings = Ajustes
settings-attune = Tu Attune
settings-names = Nombres
settings-name = Tu nombre
settings-partner-name = El nombre de tu pareja
settings-save-names = Guardar los nombres
settings-daily-reminder = Recordatorio diario
settings-time-leave-empty-none = Hora (déjala vacía si no quieres recordatorio)
settings-save-reminder = Guardar el recordatorio
settings-calendar-title = En tu calendario
settings-calendar-explain = Tu calendario puede recordártelo cada día a esta hora, incluso con Attune cerrado. El evento solo dice «Un minuto para los dos». Es posible que tu calendario se sincronice con su propio proveedor (Google, Apple, Microsoft). Si cambias la hora, vuelve a añadirlo: la mayoría de los calendarios sustituyen el evento anterior por el nuevo; si el tuyo muestra los dos, borra el anterior.
settings-add-to-calendar = Añadir a mi calendario
settings-calendar-shared = El recordatorio se abrió en el menú para compartir: elige tu calendario.
settings-calendar-saved = Guardado: { $place }. Ábrelo para añadir el recordatorio a tu calendario.
settings-state-us = Cómo estamos
settings-day-week-hold-hour = El día de la semana de su hora en pareja. Ese día, Hoy y el recordatorio diario les invitan a ella.
settings-our-day = Nuestro día
settings-no-day-chosen = Ningún día elegido
settings-sharing-looks = Compartir y aspecto
settings-share-by-default = Compartir las entradas nuevas por defecto
settings-theme = Tema
settings-system = Sistema
settings-light = Claro
settings-dark = Oscuro
settings-text-size = Tamaño del texto
settings-normal = Normal
settings-large = Grande
settings-larger = Más grande
settings-data = Tus datos
settings-about = Acerca de
settings-attune-helps-two-build = Attune les ayuda a construir un vínculo seguro, con un pequeño paso cada día. Sin cuenta ni servidor: tus entradas viven en este teléfono, y solo lo que eliges compartir viaja, cifrado, en el archivo que envías.
settings-data-format-version = Versión del formato de datos: { $schema_version }.
settings-safety-getting-help = Seguridad y cómo pedir ayuda
settings-browser-keeps-attune-data = Tu navegador conserva los datos de Attune, incluso cuando al teléfono le queda poco espacio.
settings-browser-may-clear-attune = Tu navegador podría borrar los datos de Attune cuando al teléfono le quede poco espacio. Añadir Attune a la pantalla de inicio suele evitarlo; en cualquier caso, una copia de seguridad es lo más seguro.
settings-browser-can-promise-keep = Este navegador no puede prometer que conservará los datos de Attune si falta espacio. Guarda una copia de seguridad.
settings-app-lock-attune-asks = Bloqueo activado. Attune pedirá este PIN al abrirse y cuando vuelvas a él.
settings-app-lock-off = Bloqueo desactivado.
settings-saved = Guardado.
settings-app-lock = Bloqueo de la app
settings-change-pin-digits = Cambiar el PIN ({ $digits } cifras)
settings-set-pin-digits = Poner un PIN ({ $digits } cifras)
settings-change-pin = Cambiar el PIN
settings-turn = Activar
settings-turn-off = Desactivar
settings-lock-again-after-time = Bloquear de nuevo tras un rato fuera
settings-at-once = Al momento
settings-wrong-pins-bring-growing = Cada PIN incorrecto alarga la espera. El bloqueo protege la pantalla de quien tenga tu teléfono en la mano; el bloqueo y el cifrado del propio teléfono protegen los datos.
settings-backup-shared = Copia de seguridad compartida.
settings-backup = Copia de seguridad
settings-everything-phone-private-entries = Todo lo que hay en este teléfono, también las entradas privadas, en un archivo cerrado con una contraseña que eliges tú. Sirve para pasar a un teléfono nuevo.
settings-backup-passphrase-at-least = Contraseña de la copia (al menos { $min } caracteres)
settings-make-backup = Hacer una copia de seguridad
settings-choose-backup-file-first = Primero elige un archivo de copia de seguridad.
settings-restore-backup = Restaurar una copia de seguridad
settings-opened-attune-backup-type = Has abierto una copia de seguridad de Attune. Escribe su contraseña para recuperarlo todo en este teléfono.
settings-backup-file = Archivo de la copia
settings-its-passphrase = Su contraseña
settings-restore = Restaurar
settings-exported-through-share-sheet = Exportado desde el menú de compartir.
settings-everything-wrote-as-plain = Todo lo que has escrito, en JSON legible, para tu propio archivo. No va cifrado.
settings-export-everything-json = Exportarlo todo (JSON)
settings-pairing-removed-pair-again = Vínculo eliminado. Vuelve a vincularte en la pantalla de Intercambio.
settings-re-pair = Volver a vincular
settings-cancel = Cancelar
settings-re-pair-button = Volver a vincular…
settings-type-delete-confirm = Escribe BORRAR para confirmar.
settings-deletes-every-entry-setting = Esto borra de este teléfono todas las entradas, los ajustes y el vínculo. No se puede deshacer. Si crees que podrías querer recuperarlo, haz antes una copia de seguridad.
settings-type-delete-label = Escribe BORRAR para confirmar
settings-delete-all-data = Borrar todos los datos
settings-delete-all-button = Borrar todos los datos…

## state_of_us.rs

state-of-us-once-week-about-minutes = Una vez por semana · unos { $total ->
        [one] { $total } minuto
       *[other] { $total } minutos
    }
state-of-us-week-from-what-both = La semana de los dos, a partir de lo que han compartido
state-of-us-today = Desde el { $from } hasta hoy
state-of-us-appreciations = Agradecimientos
state-of-us-best-day = El mejor día:{" "}
state-of-us-hardest-day = El día más difícil:{" "}
state-of-us-needs-voiced = Necesidades expresadas
state-of-us-commitments = Compromisos
state-of-us-kept-days = { $action }: cumplido { $kept_days } de { $logged_days ->
        [one] { $logged_days } día
       *[other] { $logged_days } días
    }
state-of-us-start = Empezar
state-of-us-part-minutes = Parte { $stage } de { $parts } · { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
state-of-us-back = Atrás
state-of-us-finish = Terminar
state-of-us-next-part = Siguiente parte
state-of-us-commitment-now-shows-check = Ya es un compromiso: aparecerá cada día en tu registro.
state-of-us-quality-builds = La cualidad que construye
state-of-us-make-commitment = Convertirlo en compromiso
state-of-us-done = Listo

## step.rs

step-journey = ‹ Camino
step-step = Paso { $number } de { $steps }
step-make-my-current-step = Hacer de este mi paso actual
step-ready-move = ¿Quieres seguir adelante?
step-before-moving = Antes de seguir
step-step-so-far = { $count ->
        [one] Un día
       *[other] { $count } días
    } en este paso por ahora.
step-done = Hecho:{" "}
step-not-yet = Aún no:{" "}
step-ve-done-good-work = Has hecho un buen trabajo aquí. Sigue cuando lo sientas; puedes volver cuando quieras.
step-move = Pasar a { $next_title }
step-open-our-pause-pact = Abrir nuestro pacto de pausa
step-exercises = Ejercicios
step-reflections-here = Tus reflexiones aquí
step-delete-reflection = ¿Borrar esta reflexión?
step-delete = Borrar
step-keep = Conservar
step-about = Sobre ti
step-about-partner = Sobre tu pareja
step-saved-reflections = Guardada en tus reflexiones.
step-pick-pattern = Elige un patrón
step-choose = Elegir…
step-often-protects-against = A menudo te protege de esto: { $protects }.
step-save-reflection = Guardar la reflexión
step-never = Nunca
step-sometimes = A veces
step-often = A menudo
step-i-lean-growth = Me inclino al crecimiento
step-unsure = No lo sé
step-i-lean-fixed = Me inclino a lo fijo
step-pattern-self-check = Autoevaluación de patrones
step-fifteen-ways-old-self = Quince formas en que una vieja autoprotección puede asomar. Responde según cómo están las cosas últimamente, no como te gustaría que fueran. Todo el mundo tiene alguna.
step-belief-check = Revisión de creencias
step-each-pair-which-way = En cada par, ¿hacia dónde te inclinas ahora mismo?
step-please-answer-every-statement = Responde a todas las frases, por favor.
step-saved-retake-any-time = Guardado. Repítela cuando quieras para ver qué cambia.
step-last-taken = Última vez el { $day }: { $total } de { $out_of }
step-lower-means-fewer-old = {" "}(más bajo significa menos patrones antiguos)
step-lower-means-more-growth = {" "}(más bajo significa más mentalidad de crecimiento)
step-since = Desde el { $from }
step-total = Total { $total_before } → { $total_after }
step-no-answer-changed = No cambió ninguna respuesta.
step-share-result-my-partner = Compartir el resultado con mi pareja
step-save = Guardar
step-take = Hacerla
step-take-again = Hacerla otra vez
step-pick-quality-first = Primero elige una cualidad.
step-committed-check-will-ask = Compromiso guardado. Tu registro te preguntará por ello.
step-commitments = Compromisos
step-one-three-small-concrete = De una a tres acciones pequeñas y concretas. Sé una persona segura: con amabilidad, curiosidad, apertura, empatía, comprensión y vulnerabilidad.
step-quality = Cualidad
step-commitment-action = ¿Qué vas a hacer?
step-commit = Comprometerme
step-finish = Terminar

## stress_talk.rs

stress-talk-minutes-together = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } para los dos
stress-talk-start-minutes = Empezar: { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
stress-talk-done = Listo

## welcome.rs

welcome-or-start-fresh-below = O empieza de cero aquí abajo.
welcome-name = Tu nombre
welcome-partner-name-optional = El nombre de tu pareja (opcional)
welcome-remind-me-once-day = Recuérdame una vez al día
welcome-reminder-time = Hora del recordatorio
welcome-start = Empezar
welcome-moving-new-phone-restore = ¿Cambias de teléfono? Restaura una copia de seguridad
welcome-safety-getting-help = Seguridad y cómo pedir ayuda

## year.rs

year-year-review = El año en resumen
year-title-names = { $my_name } y { $partner }
year-print = Imprimir o guardar en PDF
year-made-phone-nothing-uploaded = Hecho en este teléfono; no se sube nada. El diálogo de impresión del teléfono puede guardarlo en PDF para conservarlo o llevarlo a terapia.
year-showing-up = Estar presentes
year-checked-both = Te registraste { $count ->
        [one] un día
       *[other] { $count } días
    }, { $partner } { $partner_check_ins }; los dos a la vez, { $both_days }.
year-how-felt-over-year = Cómo se sintió, a lo largo del año
year-you = Tú
year-first-last-3-months = primeros → últimos 3 meses
year-averages-1-5-ratings = Medias de las valoraciones del 1 al 5 en los días en que cada uno se registró.
year-pattern-self-check = Autoevaluación de patrones
year-self-check-first = { $total } de { $out_of } el { $day }
year-self-check-last = , { $total } de { $out_of } el { $day }
year-lower-means-old-patterns = {"."} Más bajo significa que los patrones antiguos aparecieron menos.
year-commitments = Compromisos
year-kept-days = { $action } ({ $quality_name }): cumplido { $kept_days } de { $logged_days ->
        [one] { $logged_days } día
       *[other] { $logged_days } días
    }
year-coming-back-each-other = Volver el uno al otro
year-repair-notes = Notas de reparación: { $me ->
        [one] una tuya
       *[other] { $me } tuyas
    }, { $partner ->
        [one] una de { $partner2 }
       *[other] { $partner } de { $partner2 }
    }.
year-best-days = Los mejores días

## charts.rs

charts-you = Tú
charts-too-few-days = { $who }: aún hay pocos días para saberlo
charts-days-showed-up = Los días en que estuviste
charts-days-checked-both = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }: hiciste el registro { $mine }, { $partner } { $theirs }, los dos a la vez { $both }.{ $quiet ->
        [0] {""}
        [one] {" "}Te tomaste un día tranquilo.
       *[other] {" "}Te tomaste { $quiet } días tranquilos.
    }
charts-line-summary = { $title }: { $mine } de tus días y { $theirs } de los días de { $partner } tienen valoración.
charts-steadiness = { $kind ->
        [steady] estable
        [ups_and_downs] con altibajos
       *[swings] con grandes vaivenes
    }
charts-spread = { $who }: suele rondar { $mean }, entre { $low } y { $high }, { $steadiness }
charts-summary = { $label }. { $me }. { $partner }.
charts-who-steadiness = { $who }: { $steadiness }

## mod.rs

components-main = Principal
components-today = Hoy
components-journey = Camino
components-partner = Pareja
components-insights = Balance
components-settings = Ajustes
components-rating-of-five = { $label }: { $n } de 5
components-share-my-partner = Compartir con mi pareja
components-kept-days = {" "}{ $quality_name } · cumplido { $kept_days } de { $logged_days ->
        [one] { $logged_days } día
       *[other] { $logged_days } días
    }
components-loading = Cargando…

## timer.rs

timer-minutes-seconds-left = { $label }: { $m ->
        [one] queda un minuto
       *[other] quedan { $m } minutos
    } y { $s ->
        [one] un segundo
       *[other] { $s } segundos
    }
timer-time-up-finish-sentence = Se acabó el tiempo. Termina tu frase y sigan.
timer-talks-listens = Habla { $first } · escucha { $second }
timer-turns-swapped = Habla { $second } · escucha { $first }

## files and messages written by hand

files-save-failed = No se pudo guardar el archivo ({ $cause }).
files-browser-refused = El navegador rechazó el archivo ({ $cause }).
files-share-title = Actualización de Attune
files-share-sheet-title = Envía tu actualización de Attune
files-downloaded = descargado como { $name }
exchange-could-not-read-file = No se pudo leer ese archivo: { $cause }
exchange-update-ready = Tu actualización está lista: { $place }. Envíasela a tu pareja como prefieras.
shell-kept-until-paired = { $why } Attune guarda esta actualización y la abrirá en cuanto el vínculo esté hecho.
shell-kept-until-updated = { $why } Attune la guarda y la abrirá cuando lo actualices.
shell-kept-new-phone = { $why } Attune la guarda en Intercambio, donde se pueden comparar los números de seguridad.
settings-minutes-short = { $n } min
settings-everything-deleted = { $files ->
        [0] Todo se ha borrado.
        [one] Todo se ha borrado (un archivo).
       *[other] Todo se ha borrado ({ $files } archivos).
    } Los archivos que guardaste en otro sitio siguen donde los dejaste.
state-of-us-no-appreciations = No hay agradecimientos escritos esta semana: díganlos en voz alta hoy.
state-of-us-no-needs = No hay necesidades escritas esta semana.
state-of-us-day-average = { $day } ({ $average } de 5)
step-belief-either = «{ $fixed }» o «{ $growth }»
year-span = { $from } – { $to }
year-average-of-five = {" "}· { $average } de 5
step-reflection-eyebrow = { $title } · { $day }
step-reflection-eyebrow-private = { $title } · { $day } · privada
insights-week-connection = ; conexión { $me } para ti, { $them } para { $partner }
insights-week-gap-days = { $n ->
        [0] .
        [one] ; un día cada quien lo vivió de forma distinta.
       *[other] ; { $n } días cada quien los vivió de forma distinta.
    }
insights-your-average = tu media de conexión
partner-last-update-opened = Última actualización abierta { $when }.
partner-key-both = los dos{"  "}
partner-key-you = tú{"  "}
partner-key-quiet-days = tus días tranquilos
pause-your-pact = su pacto de pausa
pause-write-your-pact = escriban su pacto de pausa
safety-history-of-swaps = el historial de sus intercambios
check-in-connection-hint = 1 lejos · 5 muy cerca
settings-language = Idioma
settings-language-label = Attune habla
settings-language-phone = El idioma del teléfono
settings-language-note = Solo cambian las palabras de la app. Lo que tú y tu pareja escriben queda tal como lo escribieron, y tu pareja lee Attune en su propio idioma.
incoming-could-not-read = Attune no pudo leer ese archivo: { $cause }
lock-wrong-pin-wait = Ese PIN no es correcto. { $wait }
lock-too-many-wrong = Demasiados PIN incorrectos. Inténtalo de nuevo después de las { $time }.
question-partner-wrote = Una pregunta que escribió { $partner }. Les llega hoy a los dos.
question-added = Añadida. Llega a { $to } con tu próxima actualización.
question-added-first-asked = Añadida. Llega a { $to } con tu próxima actualización. Se pregunta por primera vez { $day }.
state-of-us-said = { $who } · { $day }: «{ $text }»
partner-reflection-eyebrow = { $title } · { $day }
safety-forgotten = Hecho. Attune ha olvidado a { $partner } en este teléfono, y no se ha enviado nada. Las copias de seguridad anteriores todavía tienen a { $partner }: haz una copia nueva en Ajustes y borra las anteriores.
safety-make-fresh-backup = Hacer una copia nueva
year-moved = { $from } → { $to }
settings-pin-digits = de { $min } a { $max }
settings-backup-saved = Copia de seguridad guardada: { $place }.
settings-exported = Exportado: { $place }
step-for-example = Por ejemplo: { $examples }
step-examples-or-separator = {" "}O:{" "}
# The word typed to confirm deleting everything (said in the two messages above).
settings-delete-word = BORRAR
settings-re-pair-consequence = Volver a vincular olvida el código de pareja y quita de este teléfono { $count ->
        [one] la entrada
       *[other] las { $count } entradas
    } que compartió { $partner }. Tus propias entradas se quedan.
browser-new-version-ready = Hay una versión nueva de Attune. Todo lo que guardaste sigue igual.
browser-restart = Reiniciar Attune
browser-home-screen-keeps = En un iPhone o iPad, Safari borra los datos de un sitio web tras siete días de uso sin abrirlo. Desde la pantalla de inicio, Attune lo conserva todo.
browser-home-screen-how = En Safari, toca Compartir, elige la opción de la pantalla de inicio y abre Attune desde ahí.
browser-not-now = Ahora no
settings-backup-keep-passphrase = { $done } Guarda la contraseña en un lugar seguro: sin ella no se puede abrir la copia.

## safety.rs: a quién llamar (shared/content/helplines.toml)

help-danger-now = Si estás en peligro ahora
help-call-emergency = Llama al { $number }, el número de emergencias de { $country }.
help-call-emergency-anywhere = Llama al número de emergencias del país donde estés. Attune no tiene números comprobados para la región de tu teléfono.
help-lines-country = Líneas de ayuda en { $country }
help-no-lines = Attune no tiene ninguna línea nacional comprobada para { $country }. Tu centro de salud puede decirte a quién acudir.
help-serves = { $serves ->
        [women] Para mujeres.
        [women-lgbti] Para mujeres y personas LGBTI+.
        [men] Para hombres.
       *[everyone] Para cualquier persona.
    }
help-always-open = { $always ->
        [yes] Todos los días, a cualquier hora.
       *[no] No atiende a todas horas.
    }
help-text = Mensaje de texto: { $text }
help-checked = Comprobado el { $date }. Los números cambian: asegúrate de que este sigue vigente.
help-call-log = Una llamada a estos números puede no salir en la factura, pero queda en el historial de llamadas del teléfono. Si alguien puede revisarlo, bórrala de ese historial.
region-name = { $region ->
        [ES] España
        [MX] México
        [US] Estados Unidos
        [AR] Argentina
        [CO] Colombia
        [CL] Chile
        [PE] Perú
        [GB] el Reino Unido
        [CA] Canadá
        [AU] Australia
        [AT] Austria
        [BE] Bélgica
        [BG] Bulgaria
        [HR] Croacia
        [CY] Chipre
        [CZ] Chequia
        [DK] Dinamarca
        [EE] Estonia
        [FI] Finlandia
        [FR] Francia
        [DE] Alemania
        [GR] Grecia
        [HU] Hungría
        [IE] Irlanda
        [IT] Italia
        [LV] Letonia
        [LT] Lituania
        [LU] Luxemburgo
        [MT] Malta
        [NL] los Países Bajos
        [PL] Polonia
        [PT] Portugal
        [RO] Rumanía
        [SK] Eslovaquia
        [SI] Eslovenia
        [SE] Suecia
       *[other] tu país ({ $region })
    }

## Quoted words (the couple's own, or a belief), with this language's quotation marks.
quoted = «{ $text }»

## Intercambiar con la cámara (Intercambio)
look-swap-by-looking = Intercambiar con la cámara
look-no-file-needed = Un teléfono muestra un código y el otro lo lee con la cámara: sin archivos, sin otras apps, sin pasar por ninguna red.
look-show-my-code = Mostrar mi actualización como código
look-at-code = Leer el código de { $partner }
look-let-partner-look = Deja que el teléfono de { $partner } lea esto. Está sellado con el código de pareja: una foto no le muestra nada a nadie más.
look-codes-change = Tu actualización no cabe en un solo código, así que los códigos van cambiando. Mantén el teléfono quieto hasta que el de { $partner } diga que la tiene completa.
look-too-large = Tu actualización es demasiado grande para mostrarla como códigos ({ $kilobytes } kB). Envíala como archivo, más arriba.
look-partner-has-it = El teléfono de { $partner } ya la tiene
look-close = Cerrar
look-code-label = Tu actualización, como código para la cámara de tu pareja
look-no-camera = Aquí no se puede usar la cámara: no hay cámara o no se dio permiso. Con un archivo funciona igual de bien: envía y abre uno más arriba.
look-now-show-yours = Ahora muestra la tuya
look-camera-label = Lo que ve la cámara
look-reading = Leyendo, cerca del { $percent } %
look-starting-camera = Encendiendo la cámara…
look-point-camera = Apunta la cámara al código del teléfono de { $partner }.
look-other-camera = Usar la otra cámara
today-show-code = Mostrarle a { $partner } mi actualización como código
