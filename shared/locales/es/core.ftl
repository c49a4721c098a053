# Las palabras del núcleo en español: errores, resúmenes, recordatorios, fechas.
# Mismos identificadores que en/core.ftl (lo comprueba la prueba de completitud).

## Fechas y horas

weekday = { $day ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
}
weekday-short = { $day ->
    [mon] lun
    [tue] mar
    [wed] mié
    [thu] jue
    [fri] vie
    [sat] sáb
   *[sun] dom
}
month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
date-long = { $weekday }, { $day } de { $month }
date-long-year = { $weekday }, { $day } de { $month } de { $year }
date-day-month-year = { $day } de { $month } de { $year }
date-day-month = { $day } de { $month }
date-short = { $day } { $mon }
date-short-year = { $day } { $mon } { $year }
date-short-weekday = { $wd }, { $day } { $mon }
day-word = { $day ->
    [today] Hoy
    [yesterday] Ayer
   *[tomorrow] Mañana
}
duration = { $hours ->
    [0] { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }
   *[other] { $hours ->
        [one] 1 hora
       *[other] { $hours } horas
    }{ $minutes ->
        [0] {""}
        [one] {" "}y 1 minuto
       *[other] {" "}y { $minutes } minutos
    }
}
moment-today = hoy a las { $time }
moment-yesterday = ayer a las { $time }
moment-days-ago = { $days ->
        [one] hace un día
       *[other] hace { $days } días
    }

## Listas

list-separator = {", "}
section-separator = {"; "}

## Mi pareja, antes de saber su nombre

partner-fallback = tu pareja
partner-fallback-start = Tu pareja

## Errores

error-wrong-code = Ese código de pareja no abre esta actualización. Compruébalo con tu pareja.
error-mistyped-code = Ese código de pareja tiene un error de escritura. Revisa cada carácter y vuelve a intentarlo.
error-code-length = Un código de pareja tiene { $expected } caracteres; este tiene { $got }.
error-wrong-passphrase = Esa contraseña no abre esta copia de seguridad.
error-not-attune = Este no es un archivo de Attune.
error-damaged = Este archivo está dañado. Pide que te lo vuelvan a enviar.
error-newer-version = Este archivo viene de una versión más nueva de Attune. Actualiza Attune para abrirlo.
error-own-update = Es tu propia actualización. Envíasela a tu pareja; aquí no se puede abrir.
error-someone-else = Esta actualización es de alguien que no es tu pareja, o de un teléfono de tu pareja que este teléfono no conoce. Si tu pareja instaló Attune de nuevo en otro teléfono, abre el archivo en Intercambio y comparen allí su número de seguridad. Para crear un vínculo con otra persona, usa «Volver a vincular» en Ajustes.
error-too-large = Este archivo es demasiado grande para ser de Attune.
error-is-backup = Es una copia de seguridad de Attune, no una actualización de tu pareja. Para recuperarla, usa «Restaurar una copia de seguridad».
error-is-update = Es una actualización de tu pareja, no una copia de seguridad. Ábrela en Intercambio.
error-plain-update = Es una copia sin cifrar de una actualización. Cualquiera podría haberla escrito, así que Attune solo abre actualizaciones selladas con su código de pareja. Pide que te la envíen de nuevo con «Enviar mi actualización».
error-clock-ahead = Este archivo tiene una fecha más de un día por delante del reloj de este teléfono. Probablemente uno de los dos teléfonos tiene mal la fecha o la hora: revisen los dos y vuelvan a enviar la actualización.
error-backup-someone-else = Esta copia de seguridad es de otra persona. Solo puede restaurarla quien la hizo, o un teléfono nuevo antes de configurarse.
error-backup-paired-elsewhere = Esta copia de seguridad está vinculada con otra persona. Usa «Volver a vincular» en Ajustes antes de restaurarla.
error-backup-too-large = Una copia de todo lo que hay aquí sería más grande de lo que Attune puede restaurar, así que no se ha hecho. Exporta todo como JSON para guardar una copia legible.
error-passphrase-short = Elige una contraseña de al menos { $min } caracteres.
error-not-paired = Primero vincúlate con tu pareja: uno crea un código de pareja y el otro lo escribe.
error-already-paired = El vínculo ya está hecho. Para vincularte de nuevo, usa antes «Volver a vincular» en Ajustes.
error-not-yours = Solo tu pareja puede cambiar lo que escribió.
error-not-found = Esa entrada ya no está aquí.
error-not-set-up = Primero termina de configurar Attune.
error-rating = Cada valoración va del 1 al 5.
error-nothing-written = Escribe algo al menos en un recuadro.
error-wrong-texts = Cada pregunta tiene su propio recuadro: este ejercicio tiene { $expected }.
error-pick-pattern = Primero elige un patrón.
error-unknown-content = Attune no conoce esa pregunta, ese ejercicio o esa cualidad.
error-incomplete-self-check = Responde a todas las frases, por favor.
error-too-many-commitments = Ya tienes { $max ->
        [one] un compromiso
       *[other] { $max } compromisos
    }. Termina uno antes de añadir otro.
error-pin-format = Un PIN tiene de { $min } a { $max } cifras.
error-reminder-time = Elige una hora entre las 00:00 y las 23:59.
error-pause-length = Una pausa dura al menos { $min ->
        [one] { $min } minuto
       *[other] { $min } minutos
    } y como mucho { $max ->
        [one] { $max } hora
       *[other] { $max } horas
    }.
error-pact-back-too-soon = La vuelta más tardía no puede ser antes que la pausa más corta.
error-storage = { $kind ->
        [file] Attune no pudo leer ni escribir un archivo. No se ha cambiado nada.
        [schema_upgrade] Attune no pudo actualizar la forma en que guarda tus datos. No se ha cambiado nada: tus datos siguen como estaban.
        [crypto] Attune no pudo cifrar ni descifrar tus datos. No se ha cambiado nada.
        [stored_entry] No se pudo leer una de tus entradas guardadas. No se ha cambiado nada.
       *[database] Attune no pudo leer ni guardar tus datos. No se ha cambiado nada.
    } (Detalle: { $cause })

# A qué texto se refiere un problema, al principio de una frase.
text-field = { $field ->
    [my_name] Tu nombre
    [partner_name] El nombre de tu pareja
    [appreciation] El agradecimiento
    [need] La necesidad
    [answer] La respuesta
    [reflection] Una reflexión
    [action] La acción
    [good_news] La buena noticia
    [pact_signal] La palabra de aviso
    [pact_calming] Lo que te calma
    [pact_to_hear] Lo que necesitas oír
    [repair_note] La nota de reparación
   *[own_question] La pregunta
}
error-text-empty = { $field ->
    [my_name] Escribe tu nombre, por favor.
    [partner_name] Escribe el nombre de tu pareja, por favor.
    [appreciation] Primero escribe el agradecimiento.
    [need] Primero escribe la necesidad.
    [answer] Primero escribe una respuesta.
    [reflection] Escribe algo al menos en un recuadro.
    [action] Describe la acción con la que te comprometes.
    [good_news] Primero escribe la buena noticia.
    [pact_signal] Escribe las palabras que cualquiera de los dos dirá para pedir una pausa.
    [pact_calming] Escribe qué harás para calmarte.
    [pact_to_hear] Escribe lo que necesitas oír cuando tu pareja se vaya.
    [repair_note] Primero escribe la nota.
   *[own_question] Primero escribe la pregunta.
}
error-text-too-long = { text-field } puede tener como máximo { $max } caracteres.
error-text-control = { text-field } contiene un carácter de control invisible.
error-text-direction = { text-field } contiene un carácter que cambia la dirección del texto.
error-text-untidy = { text-field } tiene espacios o saltos de línea alrededor.

## Balance

# La línea que cada registro valora primero.
connection = Conexión

## Hoy: estar presentes, nunca una racha

consistency-quiet-week = Una semana tranquila. Attune está aquí cuando lo quieras.
consistency-quiet-days = { $quiet ->
    [one] Un día tranquilo. Attune está aquí cuando lo quieras.
   *[other] Días tranquilos esta semana. Attune está aquí cuando lo quieras.
}
consistency-start = Hoy es un buen día para empezar.
consistency-welcome-back = Qué bien verte. Pasaste por aquí { $last30 } de los últimos 30 días.
consistency-every-day = Pasaste por aquí todos los días de esta semana.
consistency-of-seven = Pasaste por aquí { $shown } de los últimos 7 días.
consistency-every-day-but-quiet = { $quiet ->
    [one] Pasaste por aquí todos los días de esta semana, salvo el día tranquilo que te tomaste.
   *[other] Pasaste por aquí todos los días de esta semana, salvo los { $quiet } días tranquilos que te tomaste.
}
consistency-of-counted-but-quiet = { $quiet ->
    [one] Pasaste por aquí { $shown } de { $counted ->
        [one] { $counted } día
       *[other] { $counted } días
    } esta semana, salvo el día tranquilo que te tomaste.
   *[other] Pasaste por aquí { $shown } de { $counted ->
        [one] { $counted } día
       *[other] { $counted } días
    } esta semana, salvo los { $quiet } días tranquilos que te tomaste.
}

nudge-pair = Vincúlate con { $partner } para ver lo que comparte.
nudge-no-update = Aún no hay ninguna actualización de { $partner }. Pueden intercambiarlas la próxima vez que estén cerca.
nudge-update-old = La última actualización de { $partner } tiene { $days ->
        [one] { $days } día
       *[other] { $days } días
    }. ¿Se intercambian las nuevas?

## Lo que hizo un intercambio

kind-count = { $kind ->
    [check_in] { $n ->
        [one] 1 registro
       *[other] { $n } registros
    }
    [answer] { $n ->
        [one] 1 respuesta
       *[other] { $n } respuestas
    }
    [reflection] { $n ->
        [one] 1 reflexión
       *[other] { $n } reflexiones
    }
    [self_check] { $n ->
        [one] 1 autoevaluación
       *[other] { $n } autoevaluaciones
    }
    [commitment] { $n ->
        [one] 1 compromiso
       *[other] { $n } compromisos
    }
    [pact] { $n ->
        [one] 1 pacto de pausa
       *[other] { $n } pactos de pausa
    }
    [repair_note] { $n ->
        [one] 1 nota de reparación
       *[other] { $n } notas de reparación
    }
   *[own_question] { $n ->
        [one] 1 pregunta para los dos
       *[other] { $n } preguntas para los dos
    }
}
received = { $partner }: { $what }.
received-new = lo nuevo, { $what }
received-updated = lo actualizado, { $what }
received-removed = lo retirado, { $what }
received-nothing = { $partner }: nada nuevo desde la última actualización.
swap-sent = { $n ->
    [one] Enviada 1 entrada compartida.
   *[other] Enviadas { $n } entradas compartidas.
}
swap-sent-changes = { $n ->
    [0] Enviada una actualización sin cambios.
    [one] Enviado 1 cambio.
   *[other] Enviados { $n } cambios.
}
restore-nothing-new = Todo lo de esta copia de seguridad ya estaba aquí.
restore-done = { $restored ->
    [one] Se ha restaurado una entrada
   *[other] Se han restaurado { $restored } entradas
}, { $updated ->
    [0] ninguna actualizada
    [one] una actualizada
   *[other] { $updated } actualizadas
}.
restore-left-out = { $count ->
    [one] Un ajuste de la copia no se puede usar aquí y se ha dejado como estaba.
   *[other] { $count } ajustes de la copia no se pueden usar aquí y se han dejado como estaban.
}

kind = { $kind ->
    [check_in] Registro
    [answer] Respuesta
    [reflection] Reflexión
    [self_check] Autoevaluación
    [commitment] Compromiso
    [commitment_log] Compromiso cumplido o no
    [profile] Tu nombre y tu paso
    [pact] Tu parte del pacto de pausa
    [repair_note] Nota de reparación
   *[own_question] Una pregunta tuya
}

## Lo que pide un paso

readiness = { $need ->
    [days_in_step] Pasa al menos { $days } días en este paso
    [pattern_check] Haz la autoevaluación de patrones
    [roots_me] Escribe dos reflexiones sobre tus raíces
    [roots_partner] Escribe una reflexión sobre las raíces de tu pareja
    [compassion_me] Escríbete una nota compasiva
    [compassion_partner] Escribe una nota compasiva sobre tu pareja
    [commitment] Asume al menos un compromiso
    [kept_three_days] Cumple tus compromisos tres días
    [need_shared] Comparte una necesidad emocional
    [belief_check] Haz la revisión de creencias
   *[what_changed] Escribe sobre lo que ha cambiado
}

## Los recordatorios del teléfono (la pantalla bloqueada puede mostrarlos: nada privado)

reminder-question = Un minuto para los dos. La pregunta de hoy: { $question }
reminder-fallback = Un minuto para los dos, cuando les venga bien.
reminder-state-of-us = Hoy toca el «Cómo estamos»: una hora para los dos, empezando por lo que agradecen de la semana.
reminder-come-back = Es hora de volver. Respira y búsquense.
calendar-title = Un minuto para los dos
calendar-description = Es la hora del registro de hoy en Attune.

## Palabras que el propio teléfono muestra sin la app (Android)

phone-channel = Registro diario
phone-pause-shortcut = Necesito una pausa
phone-file-unreadable = Attune no pudo leer ese archivo.
