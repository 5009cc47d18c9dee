set(YARD_ROUTING_TEMPLATE_SOURCES template.cpp template.h requestvalues.cpp requestvalues.h)
